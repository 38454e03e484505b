// The values an item accepts: the pack's `measure.range` where it gives one, else its kind's default; and in words.
import type { Bounds, Measure } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { compareDecimal } from '../util/decimal.js';
import { unitSuffix } from '../util/unit-suffix.js';

export interface ValueRange extends Bounds {
  /** Counts, events and ranks are whole numbers. */
  integer: boolean;
}

/** Rates 0–100 % (0–1000 ‰, else ≥ 0); counts, events, amounts, indices ≥ 0; ranks ≥ 1. Grades and yes-no have none. */
export function defaultBounds(measure: Measure): Bounds | undefined {
  switch (measure.kind) {
    case 'rate':
      return measure.unit === '%'
        ? { min: '0', max: '100' }
        : measure.unit === '‰'
          ? { min: '0', max: '1000' }
          : { min: '0' };
    case 'count':
    case 'events':
    case 'amount':
    case 'index':
      return { min: '0' };
    case 'rank':
      return { min: '1' };
    case 'grade':
    case 'yes-no':
      return undefined;
  }
}

/** Each measure's range, worked out once: every row of a data set asks for its item's. */
const ranges = new WeakMap<Measure, ValueRange | null>();

/** The item's range: `measure.range` replaces the default whole, so `{ min: -100 }` has no upper bound. */
export function validRange(measure: Measure): ValueRange | undefined {
  let range = ranges.get(measure);
  if (range === undefined) {
    const bounds = measure.range ?? defaultBounds(measure);
    const integer = measure.kind === 'count' || measure.kind === 'events' || measure.kind === 'rank';
    range = bounds ? Object.freeze({ ...bounds, integer }) : null;
    ranges.set(measure, range);
  }
  return range ?? undefined;
}

export function inRange(value: string, range: ValueRange): boolean {
  if (range.min !== undefined && compareDecimal(value, range.min) < 0) return false;
  if (range.max !== undefined && compareDecimal(value, range.max) > 0) return false;
  return !range.integer || !value.includes('.');
}

/** "0–100%", "不小于 -100%", "不小于 0 的整数", "任意数值". */
export function rangeText(range: Bounds & { integer?: boolean }, unit: string | undefined, tr: Translator): string {
  const u = unitSuffix(unit);
  const shape =
    range.min !== undefined && range.max !== undefined
      ? 'between'
      : range.min !== undefined
        ? 'min'
        : range.max !== undefined
          ? 'max'
          : 'any';
  const key = `data.range.${shape}${range.integer ? '.integer' : ''}` as const;
  // A one-sided range's text does not show the missing bound.
  return tr.t(key, { min: range.min ?? '', max: range.max ?? '', unit: u });
}
