// Which encoding a CSV file is in (UTF-8 with or without BOM, UTF-16, else GB18030, what Excel and WPS save in China)
// and a decoder that turns its chunks into text as they are read.
import { createRequire } from 'node:module';
import { TextDecoder } from 'node:util';
import type { ByteSource } from './byte-source.js';
import { Utf8Check } from './utf8-check.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How much of a file the verdict and the delimiter are taken from. */
export const HEAD_BYTES = 64 * 1024;

export interface Detected {
  encoding: TextEncoding;
  /** Bytes of the byte-order mark that the text starts after. */
  skip: number;
  /** The first bytes (at most HEAD_BYTES), decoded with the mark left out; the whole text if `whole`. */
  head: string;
  whole: boolean;
}

/**
 * The encoding from the first bytes: a byte-order mark, UTF-16's zero bytes or invalid UTF-8 decide at once. Bytes
 * that start as valid UTF-8 are only UTF-8 if the whole file is, so the rest is checked before a row is read: one
 * GBK byte after a first 64 KB of ASCII makes the whole file GB18030, as if it had been decoded in one piece.
 */
export async function detectEncoding(source: ByteSource): Promise<Detected> {
  const first = await source.read(0, HEAD_BYTES);
  const whole = first.length < HEAD_BYTES;
  const { encoding, skip } = await verdict(first, whole, source);
  const head = decoder(encoding);
  return { encoding, skip, head: head.write(first.subarray(skip)).toString('utf8'), whole };
}

async function verdict(
  first: Buffer,
  whole: boolean,
  source: ByteSource,
): Promise<{ encoding: TextEncoding; skip: number }> {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const guess = utf16WithoutBom(first);
  if (guess) return { encoding: guess, skip: 0 };
  const check = new Utf8Check();
  let valid = check.push(first);
  for (let at = first.length; valid && !whole;) {
    const chunk = await source.read(at, HEAD_BYTES * 16);
    if (chunk.length === 0) break;
    valid = check.push(chunk);
    at += chunk.length;
  }
  // Not valid UTF-8: a Chinese Excel or WPS "CSV" is GBK, which GB18030 contains.
  return { encoding: valid && check.end() ? 'utf-8' : 'gb18030', skip: 0 };
}

/** Turns chunks into UTF-8 in order, keeping a character split between chunks for the next one. */
export interface ChunkDecoder {
  write(chunk: Buffer): Buffer;
  end(): Buffer;
}

export function decoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'utf-8') return { write: (chunk) => chunk, end: () => Buffer.alloc(0) };
  // Node's own decoder (ICU) costs nothing to load, where iconv-lite builds its GB18030 tables on every run (~20 ms of
  // a sample check). A Node built without full ICU has no GB18030 decoder: iconv-lite then, loaded only for that.
  return nativeDecoder(encoding) ?? iconvDecoder(encoding);
}

/** Node's TextDecoder for the encoding, or undefined when this Node has none (built with small ICU). */
export function nativeDecoder(encoding: TextEncoding): ChunkDecoder | undefined {
  let d: TextDecoder;
  try {
    d = new TextDecoder(encoding);
  } catch {
    return undefined;
  }
  // Like iconv-lite, it drops a byte-order mark at the start.
  return {
    write: (chunk) => Buffer.from(d.decode(chunk, { stream: true }), 'utf8'),
    end: () => Buffer.from(d.decode(), 'utf8'),
  };
}

export function iconvDecoder(encoding: TextEncoding): ChunkDecoder {
  const iconv = createRequire(import.meta.url)('iconv-lite') as {
    getDecoder(encoding: string): { write(chunk: Buffer): string; end(): string | undefined };
  };
  const d = iconv.getDecoder(encoding);
  return { write: (chunk) => Buffer.from(d.write(chunk), 'utf8'), end: () => Buffer.from(d.end() ?? '', 'utf8') };
}

/** utf-16le or utf-16be when the first bytes show the zero-every-other-byte pattern of ASCII in UTF-16. */
function utf16WithoutBom(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length - (buf.length % 2), 512);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero += 1;
    if (buf[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  // Delimiters, digits and line breaks alone make well over a fifth of the pairs; UTF-8 or GBK text has no zero bytes.
  if (oddZero > pairs / 5 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs / 5 && oddZero === 0) return 'utf-16be';
  return undefined;
}
