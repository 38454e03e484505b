// Text normalisation takes shortcuts for text that is already normal and remembers repeated strings: it must give
// exactly what the plain rules give, for every string a cell may hold.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchKey, normaliseText, toHalfWidth } from '../../src/util/normalise-text.js';
import { boundedMemo, interner } from '../../src/util/bounded-memo.js';

const plainHalfWidth = (text: string): string =>
  text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
const plainNormalise = (text: string): string =>
  plainHalfWidth(text)
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
const plainKey = (text: string): string => plainNormalise(text).replace(/ /g, '').toLowerCase();

/** Characters that matter here: ASCII, every kind of space, full-width forms, Chinese, letters that lower-case. */
const tricky = fc.constantFrom(
  ...' \t\n\r\v\f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0085\u0001Aa1.%（）()ＡＺａ１％．，～！市区县指标ⅠΣ',
);
const cellLike = fc.oneof(fc.string(), fc.string({ unit: tricky }), fc.string({ unit: 'grapheme' }));

describe('text normalisation', () => {
  it('gives what the plain rules give, for any text', () => {
    fc.assert(
      fc.property(cellLike, (text) => {
        expect(toHalfWidth(text)).toBe(plainHalfWidth(text));
        expect(normaliseText(text)).toBe(plainNormalise(text));
        // Twice: the second answer comes from the memo.
        expect(matchKey(text)).toBe(plainKey(text));
        expect(matchKey(text)).toBe(plainKey(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads what clerks type: full-width digits, ideographic and non-breaking spaces, spaced names', () => {
    expect(normaliseText('\u3000９８．５％ ')).toBe('98.5%');
    expect(normaliseText('柯城区\u00a0\u00a0 2020')).toBe('柯城区 2020');
    expect(matchKey(' 指标 编号 ')).toBe('指标编号');
    expect(matchKey('ＩｔｅｍＩＤ')).toBe('itemid');
    expect(normaliseText('工程一次验收合格率')).toBe('工程一次验收合格率');
  });

  it('a memo and an interner stay bounded and still answer right after they fill up', () => {
    let calls = 0;
    const twice = boundedMemo((s) => {
      calls += 1;
      return s + s;
    }, 3);
    for (const s of ['a', 'b', 'a', 'c', 'd', 'a', 'e']) expect(twice(s)).toBe(s + s);
    expect(calls).toBeLessThan(7);
    const intern = interner(2);
    const one = ['x', 'y'].join('');
    const two = ['x', 'y'].join('');
    expect(intern(one)).toBe('xy');
    expect(intern(two)).toBe(one);
    for (const s of ['p', 'q', 'r']) expect(intern(s)).toBe(s);
  });
});
