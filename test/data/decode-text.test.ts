// The two decoders of CSV text (Node's own, and iconv-lite where Node has no GB18030) give the same text.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iconvDecoder, nativeDecoder, type TextEncoding, type ChunkDecoder } from '../../src/data/decode-text.js';
import { fixture } from '../helpers/paths.js';

/** The bytes decoded in pieces cut at `cuts`, as a file is read. */
function decodeInPieces(d: ChunkDecoder, bytes: Buffer, cuts: number[]): string {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    parts.push(d.write(bytes.subarray(from, to)));
    from = to;
  }
  parts.push(d.end());
  return Buffer.concat(parts).toString('utf8');
}

const FILES: [string, TextEncoding, number][] = [
  ['data/kaihua-gbk.csv', 'gb18030', 0],
  ['data/changshan-utf16.csv', 'utf-16le', 2],
  ['data/odd/changshan-utf16le-nobom.csv', 'utf-16le', 0],
  ['data/odd/changshan-utf16be-nobom.csv', 'utf-16be', 0],
];

describe('CSV text decoders', () => {
  it.each(FILES)('%s (%s): Node and iconv-lite agree, however the bytes are cut', (file, encoding, skip) => {
    const bytes = readFileSync(fixture(file)).subarray(skip);
    const native = nativeDecoder(encoding);
    expect(native, 'this Node has ICU with the encoding').toBeDefined();
    const whole = decodeInPieces(iconvDecoder(encoding), bytes, []);
    expect(whole).toMatch(/地区|指标/);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 8 }), (cuts) => {
        expect(decodeInPieces(nativeDecoder(encoding)!, bytes, cuts)).toBe(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('reads GB18030 four-byte characters and bytes that are not GBK the same way', () => {
    // 𠀀 (U+20000) is four bytes in GB18030; 0x80 alone is not a character.
    const bytes = Buffer.from([0x95, 0x32, 0x82, 0x36, 0x2c, 0x80, 0x2c, 0xd6, 0xd0]);
    expect(decodeInPieces(nativeDecoder('gb18030')!, bytes, [])).toBe(
      decodeInPieces(iconvDecoder('gb18030'), bytes, []),
    );
  });
});
