// A minimal zip reader for xlsx: the central directory once, then any entry by its offset (whole or as a stream).
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { pipeline, Readable } from 'node:stream';
import { XlsxFailure } from './xlsx-failure.js';
import { checkZipEntry, countingLimit, inflatedFailure, inflateLimit } from './zip-limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the directory states it: the hook for a zip-bomb limit (issue 13), checked before anything is inflated. */
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Inflating a 35 MB sheet in 64 KB pieces takes half the CPU of zlib's default 16 KB (measured on the 100k bench). */
const CHUNK = 64 * 1024;

/**
 * A workbook up to this size is read from disk once, whole, when its directory is read: its parts then come from
 * memory (a filled template is a few hundred KB and was opened about a dozen times, ~20 ms of a sample check).
 */
const HELD_BYTES = 8 * 1024 * 1024;

/** The last small zip read whole; one at a time, so memory stays bounded. A different path reads from disk. */
let held: { path: string; bytes: Buffer } | undefined;

const heldBytes = (path: string): Buffer | undefined => (held?.path === path ? held.bytes : undefined);

/** `length` bytes at `position`: from the held copy when there is one, else from the file. */
async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const whole = heldBytes(path);
  if (whole) return whole.subarray(position, position + length);
  const handle = await open(path, 'r');
  try {
    const out = Buffer.alloc(length);
    const { bytesRead } = await handle.read(out, 0, length, position);
    return out.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The central directory: entry name → where its data is. Throws XlsxFailure when the file is not a zip. */
export async function zipEntries(path: string): Promise<Map<string, ZipEntry>> {
  held = undefined;
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size <= HELD_BYTES) {
      const bytes = Buffer.alloc(size);
      const { bytesRead } = await handle.read(bytes, 0, size, 0);
      held = { path, bytes: bytes.subarray(0, bytesRead) };
    }
    const tailSize = Math.min(size, 65557);
    const tail = Buffer.alloc(tailSize);
    await handle.read(tail, 0, tailSize, size - tailSize);
    let at = -1;
    for (let i = tailSize - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new XlsxFailure('not-zip');
    const count = tail.readUInt16LE(at + 10);
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    if (dirOffset + dirSize > size) throw new XlsxFailure('broken-zip');
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let n = 0; n < count && p + 46 <= dir.length; n += 1) {
      if (dir.readUInt32LE(p) !== CENTRAL) throw new XlsxFailure('broken-zip');
      const method = dir.readUInt16LE(p + 10);
      const compressedSize = dir.readUInt32LE(p + 20);
      const uncompressedSize = dir.readUInt32LE(p + 24);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const localOffset = dir.readUInt32LE(p + 42);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
      entries.set(name, { name, method, compressedSize, uncompressedSize, localOffset });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

async function dataStart(path: string, entry: ZipEntry): Promise<number> {
  const header = await readAt(path, entry.localOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL)
    throw new XlsxFailure('broken-entry', { part: entry.name });
  if (entry.method !== 0 && entry.method !== 8) throw new XlsxFailure('compression', { part: entry.name });
  return entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** The entry's uncompressed bytes as a stream (stored or deflated entries), for parts too large to hold. */
export async function entryStream(path: string, entry: ZipEntry): Promise<Readable> {
  checkZipEntry(entry, 'stream');
  const start = await dataStart(path, entry);
  const end = Math.max(start, start + entry.compressedSize - 1);
  const whole = heldBytes(path);
  const raw = whole
    ? Readable.from([whole.subarray(start, end + 1)])
    : createReadStream(path, { start, end, highWaterMark: CHUNK });
  // The inflated bytes are counted: the directory's size can lie. An error anywhere ends the last stream with it.
  const counter = countingLimit(entry, 'stream');
  if (entry.method === 0) return pipeline(raw, counter, () => undefined);
  const inflate = createInflateRaw({ chunkSize: CHUNK });
  // Listening before pipeline does: the reader sees qcc's failure, zlib's text kept for --verbose.
  inflate.once('error', (error) =>
    counter.destroy(new XlsxFailure('inflate', { part: entry.name }, (error as Error).message)),
  );
  return pipeline(raw, inflate, counter, () => undefined);
}

/** The entry's uncompressed bytes at once, for the small parts (workbook, relations, styles, shared strings). */
export async function entryBytes(path: string, entry: ZipEntry): Promise<Buffer> {
  checkZipEntry(entry, 'whole');
  const start = await dataStart(path, entry);
  const raw = await readAt(path, start, entry.compressedSize);
  if (entry.method === 0) return raw;
  let bytes: Buffer;
  try {
    // One byte more than allowed, so that a part that would go over is caught without inflating the rest of it.
    bytes = inflateRawSync(raw, { maxOutputLength: inflateLimit(entry, 'whole') + 1 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      throw inflatedFailure(entry, 'whole', inflateLimit(entry, 'whole') + 1) as XlsxFailure;
    throw new XlsxFailure('inflate', { part: entry.name }, (error as Error).message);
  }
  const failure = inflatedFailure(entry, 'whole', bytes.length);
  if (failure) throw failure;
  return bytes;
}

export async function entryText(path: string, entry: ZipEntry): Promise<string> {
  return (await entryBytes(path, entry)).toString('utf8');
}
