// `-` as a data file: standard input kept in a private temporary file, so that every reader reads it as any file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { isZip } from './file-kind.js';

/** The name data read from stdin goes by when --stdin-filename gives none. */
export const STDIN_NAME = '<stdin>';

export interface StdinFile {
  /** The temporary file holding the bytes. */
  path: string;
  /** The name shown in locations: --stdin-filename as written (with /), or <stdin>. */
  name: string;
  /** Removes the temporary file and its folder. */
  remove(): Promise<void>;
}

/**
 * Reads the whole stream as bytes (a CSV in any encoding the CSV reader knows; an xlsx as it is). The file is named
 * after --stdin-filename, whose extension chooses the reader as for any file; without one (or without an
 * extension) the bytes choose: a zip is an xlsx, anything else a CSV.
 */
export async function saveStdin(
  stream: AsyncIterable<Uint8Array | string> | undefined,
  stdinFilename: string | undefined,
): Promise<StdinFile> {
  const chunks: Buffer[] = [];
  if (stream)
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  const bytes = Buffer.concat(chunks);
  const given = stdinFilename?.trim() ? stdinFilename.trim().replace(/\\/g, '/') : undefined;
  const own = given ? basename(given) : 'stdin';
  const fileName = extname(own) ? own : `${own}${isZip(bytes) ? '.xlsx' : '.csv'}`;
  const dir = await mkdtemp(join(tmpdir(), 'qcc-stdin-'));
  const path = join(dir, fileName);
  await writeFile(path, bytes, { mode: 0o600 });
  return { path, name: given ?? STDIN_NAME, remove: () => rm(dir, { recursive: true, force: true }) };
}
