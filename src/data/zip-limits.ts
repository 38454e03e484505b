// Zip-bomb limits: the directory's sizes are checked before a part is inflated, and the bytes inflated are counted.
import { Transform, type TransformCallback } from 'node:stream';
import { XlsxFailure } from './xlsx-failure.js';
import type { ZipEntry } from './zip-entries.js';

const MB = 1024 * 1024;
/** A part read whole into memory (shared strings, workbook, styles): 100 MB inflated, a text V8 can hold. */
export const WHOLE_PART_LIMIT = 100 * MB;
/** A sheet read as a stream: 1 GB inflated (a 500 000-row sheet is about 180 MB). */
export const STREAMED_PART_LIMIT = 1024 * MB;
/** Above this size a part may not inflate to more than RATIO_LIMIT times its compressed size. */
export const RATIO_FLOOR = 16 * MB;
/** Real sheet XML compresses 5–30 times; a zip bomb about 1 000 times. */
export const RATIO_LIMIT = 200;

export type PartUse = 'whole' | 'stream';

const limitOf = (use: PartUse): number => (use === 'whole' ? WHOLE_PART_LIMIT : STREAMED_PART_LIMIT);
const inMb = (bytes: number): number => Math.round(bytes / MB);

/** Throws XlsxFailure('too-large') when the directory says the part is too large or compressed too well. */
export function checkZipEntry(entry: ZipEntry, use: PartUse): void {
  const limit = limitOf(use);
  if (entry.uncompressedSize > limit) throw new XlsxFailure('too-large', { part: entry.name, megabytes: inMb(limit) });
  if (entry.uncompressedSize > RATIO_FLOOR && entry.uncompressedSize > RATIO_LIMIT * Math.max(1, entry.compressedSize))
    throw new XlsxFailure('too-large', { part: entry.name, ratio: RATIO_LIMIT });
}

/** Every part of a zip, for a reader that loads the whole workbook (exceljs: the returned gap list). */
export function checkZipEntries(entries: Map<string, ZipEntry>, use: PartUse = 'whole'): void {
  for (const entry of entries.values()) checkZipEntry(entry, use);
}

/** The most bytes a part may inflate to: its stated size (the directory can lie), never over the part limit. */
export function inflateLimit(entry: ZipEntry, use: PartUse): number {
  return Math.min(limitOf(use), entry.uncompressedSize);
}

/** The failure for `total` inflated bytes, if any: over the part limit, or more than the directory stated. */
export function inflatedFailure(entry: ZipEntry, use: PartUse, total: number): XlsxFailure | undefined {
  if (total > limitOf(use)) return new XlsxFailure('too-large', { part: entry.name, megabytes: inMb(limitOf(use)) });
  // A directory that understates a part is a damaged zip or a bomb hiding from the check above: read no further.
  if (total > entry.uncompressedSize) return new XlsxFailure('broken-entry', { part: entry.name });
  return undefined;
}

/** Passes inflated bytes on, and fails as soon as they break a limit. */
export function countingLimit(entry: ZipEntry, use: PartUse): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      total += chunk.length;
      done(inflatedFailure(entry, use, total) ?? null, chunk);
    },
  });
}
