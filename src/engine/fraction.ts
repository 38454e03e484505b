// Exact non-negative fractions for scores: shares of points (0.5 over 6 districts) add up without float error.
import { decimalFromNumber } from '../util/decimal.js';

export interface Fraction {
  n: bigint;
  d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y) [x, y] = [y, x % y];
  return x || 1n;
};

function make(n: bigint, d: bigint): Fraction {
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

export const ZERO: Fraction = { n: 0n, d: 1n };

/** A JS number as the decimal it was written as (0.1 → 1/10, not the nearest double). */
export function fromNumber(x: number): Fraction {
  const [whole = '0', frac = ''] = decimalFromNumber(x).split('.');
  return make(BigInt(whole + frac), 10n ** BigInt(frac.length));
}

export const add = (a: Fraction, b: Fraction): Fraction => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const multiply = (a: Fraction, b: Fraction): Fraction => make(a.n * b.n, a.d * b.d);
export const divide = (a: Fraction, b: Fraction): Fraction => (b.n === 0n ? ZERO : make(a.n * b.d, a.d * b.n));
export const compare = (a: Fraction, b: Fraction): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Two decimals, rounded down: a score shown as 80 has really reached 80, so what a person reads never
 * disagrees with the verdict, which compares the exact value.
 */
export function floor2(a: Fraction): number {
  return Number((a.n * 100n) / a.d) / 100;
}
