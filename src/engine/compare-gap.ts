// Exact comparison by operator, and the gap in words when it does not hold ("还差 1.5 个百分点", "超出 2 起").
import type { CompareOp, Gap } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { absDecimal, compareDecimal, subtractDecimal } from '../util/decimal.js';
import { distanceUnit, unitSuffix } from './units.js';

export function holds(value: string, op: CompareOp, target: string): boolean {
  const c = compareDecimal(value, target);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '==':
      return c === 0;
  }
}

/** The distance from `value` to meeting `op target`, for a comparison that does not hold. */
export function compareGap(
  value: string,
  op: CompareOp,
  target: string,
  unit: string | undefined,
  tr: Translator,
): Gap {
  const amount = absDecimal(subtractDecimal(target, value));
  const u = distanceUnit(unit, tr);
  const below = compareDecimal(value, target) < 0;
  if (amount === '0') {
    // Only > and < fail at equality.
    const key = op === '>' ? 'gap.must-exceed' : 'gap.must-be-below';
    return { text: tr.t(key, { target: `${target}${unitSuffix(unit)}` }), amount };
  }
  return { text: tr.t(below ? 'gap.short' : 'gap.over', { amount, unit: u }), amount };
}
