// Reads a number typed as text: full-width digits, thousands separators, 万/亿, a trailing % or ‰, a trailing unit.
import { canonicalDecimal, shiftDecimal } from '../util/decimal.js';
import { toHalfWidth } from './normalise-text.js';

export type Scale = '%' | '‰';

export type NumberText =
  | { ok: true; value: string; scale?: Scale }
  | { ok: false };

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;
/** Powers of ten of the Chinese multipliers written after a number, or at the start of a unit (万元, 亿元). */
const MULTIPLIERS: Record<string, number> = { 万: 4, 亿: 8 };

/**
 * "98.5" → 98.5; "98.5%" → 98.5 scale %; "９８．５" → 98.5; "1,234" → 1234; "1.2万" → 12000; "3‰" → 3 scale ‰.
 * `unit` (the item's unit) may follow the number and is dropped: "3起" for unit 起, "12万平方米" for unit 万平方米.
 * A multiplier is relative to the unit's own: for unit 万平方米 "62.5万" is 62.5, and for unit 万元 "1.2亿" is 12000.
 */
export function readNumberText(input: string, unit?: string): NumberText {
  // A leading apostrophe is how some systems export "text that looks like a number" ('100): it is not part of it.
  let text = toHalfWidth(input).replace(/[\s\u00A0]+/g, '').replace(/[\u2212\u2012\u2013]/g, '-').replace(/^'/, '');
  const bareUnit = unit ? toHalfWidth(unit).replace(/\s+/g, '') : '';
  if (bareUnit && bareUnit !== '%' && bareUnit !== '‰' && text.endsWith(bareUnit) && text.length > bareUnit.length) {
    text = text.slice(0, -bareUnit.length);
  }
  let scale: Scale | undefined;
  const last = text.slice(-1);
  if (last === '%' || last === '‰') {
    scale = last;
    text = text.slice(0, -1);
  }
  let power = 0;
  const suffix = text.slice(-1);
  if (MULTIPLIERS[suffix] !== undefined && scale === undefined) {
    power = MULTIPLIERS[suffix] - (MULTIPLIERS[bareUnit.slice(0, 1)] ?? 0);
    text = text.slice(0, -1);
  }
  const grouped = GROUPED.exec(text);
  if (grouped) text = `${grouped[1]}${grouped[2]?.replace(/,/g, '')}${grouped[3] ?? ''}`;
  if (!PLAIN.test(text)) return { ok: false };
  let value = canonicalDecimal(text);
  if (value === undefined) return { ok: false };
  if (power) value = shiftDecimal(value, power);
  if (value === '-0') value = '0';
  return scale ? { ok: true, value, scale } : { ok: true, value };
}
