// Reads a year as people write it: 2020, "2020", "2020年", "2020年度", or a date cell.
import type { CellContent } from './grid.js';
import { normaliseText } from '../util/normalise-text.js';

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export type YearResult = { ok: true; year: number } | { ok: false; text: string };

const YEAR_TEXT = /^(\d{4})\s*(?:年度?)?$/;

export function readYear(content: CellContent): YearResult {
  let year: number | undefined;
  let text = '';
  if (content.kind === 'number') {
    text = String(content.value);
    if (Number.isInteger(content.value)) year = content.value;
  } else if (content.kind === 'text') {
    text = content.text.trim();
    const m = YEAR_TEXT.exec(normaliseText(content.text));
    if (m) year = Number(m[1]);
  } else if (content.kind === 'date') {
    year = content.date.getUTCFullYear();
    text = content.date.toISOString().slice(0, 10);
  }
  if (year !== undefined && year >= MIN_YEAR && year <= MAX_YEAR) return { ok: true, year };
  return { ok: false, text };
}
