// The height a wrapped row needs, written into the workbook: Excel fits rows without a stored height to their text,
// but LibreOffice (and so a PDF made from it) keeps them one line high and cuts the text off.
import { wrapText } from './display-width.js';

/** Points per line of 11-point text: Excel's default row is 15, but CJK fonts (Noto Sans CJK in LibreOffice, 等线 in
 * Excel) set Chinese lines about 16.5 points apart, so a row sized at 15 a line cuts its last line off. */
const LINE = 17;
/** Excel's largest row height, in points. */
const MAX = 409;

/**
 * Height for a row whose cells wrap: the most lines any cell takes in its column's width (characters, a CJK character
 * counting 2, less one for the cell's padding), or undefined when every cell fits on one line (the default height).
 */
export function wrappedRowHeight(values: readonly unknown[], widths: readonly number[]): number | undefined {
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value !== 'string' || value === '') return;
    const width = Math.max(1, Math.floor((widths[i] ?? 10) - 1));
    lines = Math.max(lines, wrapText(value, width).length);
  });
  return lines > 1 ? Math.min(MAX, lines * LINE) : undefined;
}
