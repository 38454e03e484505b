// Exact decimal arithmetic on canonical strings, so that 0.1 + 0.2 style float error never flips a verdict.

/** A decimal as an integer coefficient and a count of digits after the point: 98.5 = { int: 985n, scale: 1 }. */
interface Dec {
  int: bigint;
  scale: number;
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-])?\.(\d+)(?:[eE]([+-]?\d+))?$/;

function parse(text: string): Dec | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m) return undefined;
  const sign = m[1] ?? m[5] ?? '';
  const whole = m[2] ?? '0';
  const frac = m[3] ?? m[6] ?? '';
  const exp = Number(m[4] ?? m[7] ?? '0');
  let int = BigInt(whole + frac);
  let scale = frac.length - exp;
  if (scale < 0) {
    int *= 10n ** BigInt(-scale);
    scale = 0;
  }
  if (sign === '-') int = -int;
  return normalise({ int, scale });
}

function normalise(d: Dec): Dec {
  let { int, scale } = d;
  while (scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale -= 1;
  }
  return { int, scale };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.int * 10n ** BigInt(scale - a.scale), b.int * 10n ** BigInt(scale - b.scale), scale];
}

function format(d: Dec): string {
  const n = normalise(d);
  const negative = n.int < 0n;
  let digits = (negative ? -n.int : n.int).toString();
  if (n.scale > 0) {
    digits = digits.padStart(n.scale + 1, '0');
    digits = `${digits.slice(0, digits.length - n.scale)}.${digits.slice(digits.length - n.scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

function must(text: string): Dec {
  const d = parse(text);
  if (!d) throw new Error(`not a decimal: ${text}`);
  return d;
}

/** The canonical form of a decimal text ("098.50" → "98.5"), or undefined when it is not one. */
export function canonicalDecimal(text: string): string | undefined {
  const d = parse(text);
  return d ? format(d) : undefined;
}

/** A JS number as the shortest decimal that reads back to it (98.5 → "98.5", 1e21 → "1000000000000000000000"). */
export function decimalFromNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return format(must(String(n)));
}

export function isDecimal(text: string): boolean {
  return parse(text) !== undefined;
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = align(must(a), must(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

export function addDecimal(a: string, b: string): string {
  const [x, y, scale] = align(must(a), must(b));
  return format({ int: x + y, scale });
}

export function subtractDecimal(a: string, b: string): string {
  const [x, y, scale] = align(must(a), must(b));
  return format({ int: x - y, scale });
}

/** a × 10^power, exact: used for 0.985 → 98.5 (%) and 3‰ → 0.3 (%). */
export function shiftDecimal(a: string, power: number): string {
  const d = must(a);
  if (power >= 0) return format({ int: d.int * 10n ** BigInt(power), scale: d.scale });
  return format({ int: d.int, scale: d.scale - power });
}

/** a × b for a small integer factor (e.g. 万 = 10000). */
export function multiplyDecimal(a: string, b: string): string {
  const x = must(a);
  const y = must(b);
  return format({ int: x.int * y.int, scale: x.scale + y.scale });
}

export function absDecimal(a: string): string {
  const d = must(a);
  return format({ int: d.int < 0n ? -d.int : d.int, scale: d.scale });
}

/** The decimal as a JS number, for display arithmetic only (never for comparisons). */
export function decimalToNumber(a: string): number {
  return Number(a);
}
