// Decodes a CSV file's bytes: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030 (what Excel and WPS save in China).
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  // UTF-16 without a BOM: header text is ASCII or CJK, so one byte in two is zero (ASCII) on the same side.
  const guess = utf16WithoutBom(buf);
  if (guess) return { text: iconv.decode(buf, guess), encoding: guess };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a Chinese Excel or WPS "CSV" is GBK, which GB18030 contains.
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
  }
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
