// Reads a number typed as text: full-width digits, thousands separators, a sign; what follows it is its written unit.
import { canonicalDecimal } from './decimal.js';
import { toHalfWidth } from './normalise-text.js';

/** The number as an exact decimal and the text written after it ("%", "万", "万平方米", "分"), if any. */
export type NumberText = { ok: true; value: string; unit?: string } | { ok: false };

/** A leading number: grouped thousands (1,234.5), plain (98.5, 98.), or a bare fraction (.5). */
const LEADING = /^[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d*)?|\.\d+)/;

/**
 * "98.5" → 98.5; "９８．５％" → 98.5 and unit %; "1,234" → 1234; "60万平方米" → 60 and unit 万平方米. Whether the unit
 * means anything is for convert-unit to say; here "98,5" is 98 followed by ",5".
 */
export function readNumberText(input: string): NumberText {
  // A leading apostrophe is how some systems export "text that looks like a number" ('100): it is not part of it.
  const text = toHalfWidth(input)
    .replace(/[\s\u00A0]+/g, '')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/^'/, '');
  const match = LEADING.exec(text);
  if (!match) return { ok: false };
  let value = canonicalDecimal(match[0].replace(/,/g, ''));
  if (value === undefined) return { ok: false };
  if (value === '-0') value = '0';
  const unit = text.slice(match[0].length);
  return unit ? { ok: true, value, unit } : { ok: true, value };
}
