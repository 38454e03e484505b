// Exact decimals: comparisons never suffer float error, and text round-trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDecimal,
  canonicalDecimal,
  compareDecimal,
  decimalFromNumber,
  multiplyDecimal,
  shiftDecimal,
  subtractDecimal,
} from '../../src/util/decimal.js';

describe('decimal', () => {
  it.each([
    ['098.50', '98.5'],
    ['-0.0', '0'],
    ['1e3', '1000'],
    ['1.5E-2', '0.015'],
    ['.5', '0.5'],
    ['+7', '7'],
    ['12.', '12'],
  ])('canonical form of %s is %s', (text, canonical) => {
    expect(canonicalDecimal(text)).toBe(canonical);
  });

  it.each(['', 'abc', '1,000', '98.5%', '1.2.3', '--1'])('%j is not a decimal', (text) => {
    expect(canonicalDecimal(text)).toBeUndefined();
  });

  it('0.1 + 0.2 equals 0.3 exactly, unlike floats', () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(compareDecimal(addDecimal('0.1', '0.2'), '0.3')).toBe(0);
  });

  it.each([
    [['0.575', 2], '57.5'],
    [['3', -1], '0.3'],
    [['1.2', 4], '12000'],
  ] as const)('shift %j', ([a, p], expected) => {
    expect(shiftDecimal(a, p)).toBe(expected);
  });

  it('subtracts and multiplies exactly', () => {
    expect(subtractDecimal('100', '98.5')).toBe('1.5');
    expect(subtractDecimal('0.23', '0.25')).toBe('-0.02');
    expect(multiplyDecimal('1.2', '10000')).toBe('12000');
  });

  it('orders like the numbers they stand for (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 6 }),
        (a, b, scale) => {
          const x = shiftDecimal(String(a), -scale);
          const y = shiftDecimal(String(b), -scale);
          expect(compareDecimal(x, y)).toBe(Math.sign(a - b));
        },
      ),
    );
  });

  it('reads every finite double back to the same number (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(Number(decimalFromNumber(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
