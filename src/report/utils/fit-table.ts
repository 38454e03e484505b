// A box table that fits a terminal width: columns keep their natural width when they can, the widest give way.
import { displayWidth, wrapText } from './display-width.js';
import { drawTable, type RowRules } from './draw-table.js';

const PADDING = 2;
const MIN_COLUMN = 6;

/** Column widths (padding included) that add up, with the borders, to at most `width`. */
export function fitWidths(head: readonly string[], rows: readonly (readonly string[])[], width: number): number[] {
  const natural = head.map(
    (h, i) =>
      Math.max(displayWidth(h), ...rows.map((r) => Math.max(0, ...(r[i] ?? '').split('\n').map(displayWidth)))) +
      PADDING,
  );
  const widths = natural.map((w) => Math.max(w, MIN_COLUMN));
  const budget = width - (head.length + 1);
  // Take one column at a time from the widest until the table fits (or every column is at its minimum).
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= MIN_COLUMN) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  return widths;
}

/** The table as text, every cell wrapped (CJK-aware) to its column. */
export function fitTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
  rules: RowRules = 'all',
): string {
  const widths = fitWidths(head, rows, width);
  const wrap = (text: string, i: number) => wrapText(text, (widths[i] ?? MIN_COLUMN) - PADDING).join('\n');
  return drawTable(
    head.map(wrap),
    rows.map((row) => row.map(wrap)),
    widths,
    rules,
  );
}
