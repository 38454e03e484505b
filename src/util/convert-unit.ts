// Moves a number written in one unit into the item's unit when both measure the same quantity (exact, powers of ten).
import { shiftDecimal } from './decimal.js';
import { toHalfWidth } from './normalise-text.js';
import { MULTIPLIERS, itemUnitSize, unitSize } from './unit-table.js';

export type Converted =
  | { ok: true; value: string; shifted: boolean }
  /** The written text is not a unit qcc knows (the cell is then not a number). */
  | { ok: false; problem: 'unknown-unit' }
  /** A unit of another quantity than the item's: 亿元 for an item in 万平方米. */
  | { ok: false; problem: 'unit-mismatch' };

const compact = (unit: string): string => toHalfWidth(unit).replace(/\s+/g, '');

/** The 万 or 亿 an item's unit starts with (万平方米 → 4), 0 for a unit without one. */
function itemPrefix(itemUnit: string | undefined): number {
  const key = itemUnit ? compact(itemUnit) : '';
  return key.length > 1 ? (MULTIPLIERS[key.slice(0, 1)] ?? 0) : 0;
}

/**
 * `value` written in `written` → the item's unit. A lone 万 or 亿 multiplies the item's own unit without its multiplier:
 * for 万平方米 "62.5万" is 62.5, for 万元 "1.2亿" is 12000, for 起 "1.2万" is 12000. A unit the same as the item's
 * (as written, or converting: 平方米 → 万平方米, 5000万元 → 0.5 亿元, 3‰ → 0.3 %) converts; another quantity does not.
 */
export function toItemUnit(value: string, written: string, itemUnit: string | undefined): Converted {
  const key = compact(written);
  if (!key) return { ok: true, value, shifted: false };
  const lone = MULTIPLIERS[key];
  if (lone !== undefined) {
    const power = lone - itemPrefix(itemUnit);
    return { ok: true, value: power ? shiftDecimal(value, power) : value, shifted: power !== 0 };
  }
  const size = unitSize(key, itemUnit);
  if (!size) return { ok: false, problem: 'unknown-unit' };
  const item = itemUnitSize(itemUnit);
  if (!item || item.quantity !== size.quantity) return { ok: false, problem: 'unit-mismatch' };
  const power = size.power - item.power;
  return { ok: true, value: power ? shiftDecimal(value, power) : value, shifted: power !== 0 };
}
