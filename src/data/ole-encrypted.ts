// Whether an OLE2 compound file is a password-protected workbook: Excel keeps an encrypted xlsx in one, beside .xls.
import { open } from 'node:fs/promises';

/** The stream names an encrypted OOXML file has (MS-OFFCRYPTO), as the directory stores them: UTF-16LE. */
const MARKS = [Buffer.from('EncryptedPackage', 'utf16le'), Buffer.from('EncryptionInfo', 'utf16le')];
const CHUNK = 1024 * 1024;
/** The directory of a large file can be anywhere in it; 256 MB bounds the search. */
const SEARCH_LIMIT = 256 * 1024 * 1024;

/** True when the file holds an EncryptedPackage or EncryptionInfo stream (an .xls never does). */
export async function isEncryptedWorkbook(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const overlap = 32; // the longer mark's length
    const buf = Buffer.alloc(CHUNK + overlap);
    let kept = 0;
    for (let at = 0; at < SEARCH_LIMIT; at += CHUNK) {
      const { bytesRead } = await handle.read(buf, kept, CHUNK, at);
      if (!bytesRead) return false;
      const view = buf.subarray(0, kept + bytesRead);
      if (MARKS.some((m) => view.includes(m))) return true;
      kept = Math.min(overlap, view.length);
      view.copy(buf, 0, view.length - kept);
    }
    return false;
  } finally {
    await handle.close();
  }
}
