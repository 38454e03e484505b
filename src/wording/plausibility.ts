// Whether a value sits far outside its item's typical range, and which unit slip would explain it (平方米 for 万平方米).
import type { Bounds, Measure } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { compareDecimal, shiftDecimal } from '../util/decimal.js';
import { toHalfWidth } from '../util/normalise-text.js';
import { MULTIPLIERS, itemUnitSize, unitsOf } from '../util/unit-table.js';
import { rangeText } from './value-range.js';

/**
 * How far outside the typical range (a power of ten) a value must be to be called a slip. The typical range is already
 * a wide envelope of what a city reports, so ten times beyond it is a unit or decimal-point mistake rather than a
 * record year; the slips this is for are ×100 (0.985 for 98.5), ×1 000 and ×10 000 (平方米 for 万平方米, 元 for 万元).
 */
const FAR_POWER = 1;

/**
 * The powers of ten a unit slip moves a value by (×10⁴ for 万, ×10⁸ for 亿, ×10³ for 千 or mg/µg, ×100 for %), likeliest
 * first.
 */
export const SLIP_STEPS = [4, 8, 3, 2, 6] as const;

export interface Implausible {
  params: { range: string; factor: string; guess: string };
}

/** The power of ten of a decimal's leading digit: 600000 → 5, 0.035 → -2. */
function magnitude(value: string): number {
  const [int = '', frac = ''] = value.replace('-', '').split('.');
  const whole = int.replace(/^0+/, '');
  if (whole) return whole.length - 1;
  const lead = frac.search(/[1-9]/);
  return lead < 0 ? 0 : -(lead + 1);
}

/**
 * The unit the clerk probably used: one 10^power smaller than the item's when the value is too large. Units built on
 * the item's own base come first (平方米 and 亿平方米 for 万平方米), then others of the same quantity (公顷).
 */
function slipUnit(itemUnit: string, power: number): string | undefined {
  const item = itemUnitSize(itemUnit);
  if (!item) return undefined;
  const key = toHalfWidth(itemUnit).replace(/\s+/g, '');
  const prefix = key.length > 1 ? MULTIPLIERS[key.slice(0, 1)] : undefined;
  const base = prefix === undefined ? key : key.slice(1);
  const basePower = item.power - (prefix ?? 0);
  const candidates: { unit: string; power: number }[] = [{ unit: base, power: basePower }];
  for (const [m, p] of Object.entries(MULTIPLIERS)) candidates.push({ unit: `${m}${base}`, power: basePower + p });
  for (const u of unitsOf(item.quantity)) {
    candidates.push(u);
    for (const [m, p] of Object.entries(MULTIPLIERS))
      if (item.quantity !== 'share') candidates.push({ unit: `${m}${u.unit}`, power: u.power + p });
  }
  const wanted = item.power - power;
  return candidates.find((c) => c.power === wanted && c.unit !== key)?.unit;
}

/**
 * A value far above or below `measure.typical`: how far, in words, and the slip that would explain it. Zero and values
 * of the other sign are not slips of scale, and are left to the valid range. With `unitWritten` (the cell said its
 * unit) no slip of unit is guessed; the warning asks to check the figure.
 */
export function implausible(
  value: string,
  measure: Measure,
  tr: Translator,
  unitWritten = false,
): Implausible | undefined {
  const typical: Bounds | undefined = measure.typical;
  if (!typical || compareDecimal(value, '0') <= 0) return undefined;
  let power = 0;
  if (
    typical.max !== undefined &&
    compareDecimal(typical.max, '0') > 0 &&
    compareDecimal(value, shiftDecimal(typical.max, FAR_POWER)) > 0
  ) {
    // The smallest power of ten that brings the value back under the maximum.
    power = magnitude(value) - magnitude(typical.max);
    if (compareDecimal(shiftDecimal(value, -power), typical.max) > 0) power += 1;
  } else if (
    typical.min !== undefined &&
    compareDecimal(typical.min, '0') > 0 &&
    compareDecimal(value, shiftDecimal(typical.min, -FAR_POWER)) < 0
  ) {
    power = magnitude(value) - magnitude(typical.min);
    if (compareDecimal(shiftDecimal(value, -power), typical.min) < 0) power -= 1;
  } else return undefined;
  // A slip of scale is one of these steps (万 first: when ×10⁴ and ×10³ both land in range, 万 is the likelier slip).
  const sign = power > 0 ? 1 : -1;
  const inside = (p: number): boolean => {
    const moved = shiftDecimal(value, -p);
    return (
      (typical.min === undefined || compareDecimal(moved, typical.min) >= 0) &&
      (typical.max === undefined || compareDecimal(moved, typical.max) <= 0)
    );
  };
  // With the unit written there is no slip to match: the distance is the smallest step that reaches the range.
  const steps = unitWritten ? [...SLIP_STEPS].sort((a, b) => a - b) : SLIP_STEPS;
  const step = steps.find((p) => p >= Math.abs(power) && inside(sign * p));
  // A unit the clerk wrote in the cell was converted already: guessing that they meant another one would be wrong.
  const unit = step === undefined || unitWritten ? undefined : slipUnit(measure.unit ?? '', sign * step);
  const guess = unit
    ? tr.t('data.plausible.guess.unit', { written: unit, unit: measure.unit ?? '' })
    : tr.t('data.plausible.guess.check');
  const factor =
    step === undefined
      ? tr.t(sign > 0 ? 'data.plausible.far-larger' : 'data.plausible.far-smaller')
      : tr.t(sign > 0 ? 'data.plausible.larger' : 'data.plausible.smaller', {
          factor: tr.t(`data.plausible.factor.${step}`),
        });
  return { params: { range: rangeText(typical, measure.unit, tr), factor, guess } };
}
