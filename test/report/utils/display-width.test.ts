// Display width and wrapping: CJK counts two columns, colour codes none, and wrapped lines never exceed the width.
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
