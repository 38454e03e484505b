// Display width and wrapping: CJK counts two columns, colour codes none, and wrapped lines never exceed the width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../../src/report/utils/display-width.js';

describe('displayWidth', () => {
  it.each([
    ['ASCII', 'abc 12', 6],
    ['CJK', '衢州市', 6],
    ['full-width brackets and comma', '\uff08\u4e00\uff09\uff0c', 8],
    ['mixed', '还差 1.5 个百分点', 17],
    ['ANSI colour codes', '\u001b[31m不达标\u001b[39m', 6],
    ['status marks are one column', '✓✗?!-~', 6],
    ['per mille and ≥', '≥ 3‰', 4],
    ['empty', '', 0],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrapText', () => {
  it.each([
    ['fits', '工程一次验收合格率', 20, ['工程一次验收合格率']],
    ['CJK breaks between characters', '农村公路竣工验收合格率', 10, ['农村公路竣', '工验收合格', '率']],
    ['Latin breaks between words', 'Rate of something long here', 10, ['Rate of', 'something', 'long here']],
    ['a word wider than the column is cut', 'abcdefghijkl', 5, ['abcde', 'fghij', 'kl']],
    ['a comma does not start a line', '国家、行业标准', 4, ['国', '家、', '行业', '标准']],
    ['an opening bracket does not end a line', '前 10 位(全国)', 9, ['前 10 位', '(全国)']],
    ['a full-width comma does not start a line', '国家\uff0c行业', 4, ['国', '家\uff0c', '行业']],
    ['a full-width bracket does not end a line', '前十\uff08全国\uff09', 6, ['前十', '\uff08全', '国\uff09']],
    ['explicit newlines are kept', 'a\nb', 10, ['a', 'b']],
    ['empty text is one empty line', '', 5, ['']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
    for (const line of wrapText(text, width)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });
});

describe('displayWidth on any text', () => {
  // The plain definition, one code point at a time: the measure must agree with it on every string.
  const WIDE = [
    [0x1100, 0x115f],
    [0x2329, 0x232a],
    [0x2e80, 0x303e],
    [0x3041, 0x3247],
    [0x3250, 0x4dbf],
    [0x4e00, 0xa4c6],
    [0xa960, 0xa97c],
    [0xac00, 0xd7a3],
    [0xf900, 0xfaff],
    [0xfe10, 0xfe19],
    [0xfe30, 0xfe6b],
    [0xff01, 0xff60],
    [0xffe0, 0xffe6],
    [0x1b000, 0x1b001],
    [0x1f200, 0x1f251],
    [0x20000, 0x3fffd],
  ] as const;
  const columns = (cp: number): number => {
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
    if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0xfe0f) return 0;
    return WIDE.some(([from, to]) => cp >= from && cp <= to) ? 2 : 1;
  };
  // eslint-disable-next-line no-control-regex -- ESC starts the colour codes
  const ANSI = /\u001b\[[0-9;]*m/g;
  const reference = (text: string): number =>
    [...text.replace(ANSI, '')].reduce((sum, ch) => sum + columns(ch.codePointAt(0) ?? 0), 0);

  it('counts as the plain definition does, surrogate pairs, lone surrogates and colour codes included', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('\u001b[31m', '\u001b[39m', '\ud83d', '\ude42', '衢州', '（）', '\u200b', '\u0301'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        expect(displayWidth(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wrapText keeps Chinese line-breaking (避头) on any text', () => {
  const CLOSING = [...'）】」》，。、；：！？)]'];
  // Text as it is written: a word (CJK or Latin), perhaps opened by a bracket, closed by up to two marks（如此）。
  const piece = fc
    .tuple(
      fc.constantFrom('', ...'（【「《('),
      fc.constantFrom(...'衢州市质量达标率考核项目', 'ab', 'GDP', '2020', '1.5', '%'),
      fc.array(fc.constantFrom(...CLOSING), { maxLength: 2 }),
      fc.constantFrom('', ' '),
    )
    .map(([open, word, close, space]) => `${open}${word}${close.join('')}${space}`);
  // From 8 columns, the narrowest cell a report wraps text in (a status); narrower, a word and its marks may not fit.
  it('no line starts with closing punctuation and none is wider than the width', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 8, max: 40 }), (pieces, width) => {
        const lines = wrapText(pieces.join(''), width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        // The text's own first character may be closing punctuation; no break puts one at a line start.
        for (const line of lines.slice(1)) expect(CLOSING).not.toContain(line[0]);
      }),
      { numRuns: 2000 },
    );
  });
});
