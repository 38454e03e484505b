// The number reader: what people type in Chinese spreadsheets reads as the exact decimal they meant, and its unit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readNumberText } from '../../src/util/read-number.js';
import { toItemUnit } from '../../src/util/convert-unit.js';
import { canonicalDecimal } from '../../src/util/decimal.js';

describe('readNumberText', () => {
  it.each([
    ['98.5', '98.5', undefined],
    ["'100", '100', undefined],
    ["'98.5%", '98.5', '%'],
    [' 98.50 ', '98.5', undefined],
    ['98.5%', '98.5', '%'],
    ['９８．５', '98.5', undefined],
    ['９８．５％', '98.5', '%'],
    ['1,234', '1234', undefined],
    ['1,234,567.25', '1234567.25', undefined],
    ['１，２３４', '1234', undefined],
    ['1.2万', '1.2', '万'],
    ['3亿', '3', '亿'],
    ['60万平方米', '60', '万平方米'],
    ['85分', '85', '分'],
    ['98,5', '98', ',5'],
    ['1,23', '1', ',23'],
    ['12a', '12', 'a'],
    ['1e5', '1', 'e5'],
    ['98.5.1', '98.5', '.1'],
    ['1万%', '1', '万%'],
    ['3‰', '3', '‰'],
    ['-0.5', '-0.5', undefined],
    ['−2', '-2', undefined],
    ['.5', '0.5', undefined],
    ['0', '0', undefined],
  ])('%s → %s (%s)', (text, value, unit) => {
    const read = readNumberText(text);
    expect(read).toEqual(unit ? { ok: true, value, unit } : { ok: true, value });
  });

  it.each(['良好', '', '%', '约98', '万'])('rejects %j', (text) => {
    expect(readNumberText(text).ok).toBe(false);
  });

  // Any decimal, written the ways people write it, reads back exactly (no float rounding anywhere).
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
    .map(([int, scale]) => {
      const negative = int < 0n;
      const digits = (negative ? -int : int).toString().padStart(scale + 1, '0');
      const whole = digits.slice(0, digits.length - scale);
      const frac = digits.slice(digits.length - scale);
      return { negative, whole, frac };
    });
  const plain = (d: { negative: boolean; whole: string; frac: string }): string =>
    `${d.negative ? '-' : ''}${d.whole}${d.frac ? `.${d.frac}` : ''}`;
  const grouped = (d: { negative: boolean; whole: string; frac: string }): string =>
    `${d.negative ? '-' : ''}${d.whole.replace(/\B(?=(\d{3})+$)/g, ',')}${d.frac ? `.${d.frac}` : ''}`;
  const fullWidth = (s: string): string =>
    s.replace(/[0-9.,%-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('reads any decimal in plain, grouped, full-width and percent forms exactly', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom('plain', 'grouped', 'full', 'percent', 'spaced'), (d, form) => {
        const expected = canonicalDecimal(plain(d));
        const text =
          form === 'plain'
            ? plain(d)
            : form === 'grouped'
              ? grouped(d)
              : form === 'full'
                ? fullWidth(grouped(d))
                : form === 'percent'
                  ? `${plain(d)}%`
                  : ` ${plain(d)}\u3000`;
        const read = readNumberText(text);
        expect(read).toEqual(
          form === 'percent' ? { ok: true, value: expected, unit: '%' } : { ok: true, value: expected },
        );
      }),
      { numRuns: 500 },
    );
  });

  it('万 multiplies exactly', () => {
    fc.assert(
      fc.property(decimal, (d) => {
        const read = readNumberText(`${plain(d)}万`);
        const converted = read.ok ? toItemUnit(read.value, read.unit ?? '', '起') : undefined;
        expect(converted?.ok && converted.value).toBe(canonicalDecimal(`${plain(d)}e4`));
      }),
    );
  });
});
