// A spreadsheet's binary number as the decimal Excel shows: 15 significant digits, so 0.1+0.2 stays 0.3.
import { decimalFromNumber, shiftDecimal } from './decimal.js';

/** Excel keeps 15 significant digits; anything beyond is float noise from formulas (98.49999999999999). */
export function excelDecimal(n: number): string {
  return decimalFromNumber(Number(n.toPrecision(15)));
}

/** A number format shows a percentage when it has a % outside quotes and escapes ("0.0%", not "0.0\"%\""). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return bare.includes('%');
}

/** The number as the cell shows it in percent: 0.985 with format "0.0%" → "98.5". */
export function percentDecimal(n: number): string {
  return shiftDecimal(excelDecimal(n), 2);
}
