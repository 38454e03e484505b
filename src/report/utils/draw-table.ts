// A table drawn as cli-table3 draws it (box lines, one space of padding, no colours of its own), measuring each text
// once. cli-table3 measures every cell several times and, for a debug log, trims each cell one character at a time,
// building two regular expressions per measure: that was the largest cost of `qcc check` and `qcc rules list`.
// The bytes are cli-table3's own: its measure (or, for plain text, the same count), truncation and colour handling.
import { createRequire } from 'node:module';

interface TableUtils {
  strlen(text: string): number;
  truncate(text: string, length: number, symbol?: string): string;
  colorizeLines(lines: string[]): string[];
}

// cli-table3 has no exports map: its utilities are the functions its cells draw with. Loaded on first need: a table
// of plain text (below) never needs them.
let utils: TableUtils | undefined;
const tableUtils = (): TableUtils =>
  (utils ??= createRequire(import.meta.url)('cli-table3/src/utils.js') as TableUtils);

// Characters string-width (cli-table3's measure) counts as 1 or 2 columns that no emoji or colour code can contain:
// printable ASCII, CJK brackets and marks (、。〈〉《》「」『』【】), CJK ideographs and full-width forms. Text of these
// alone is measured here, in one pass; any other text by cli-table3 (string-width builds two regular expressions a
// call). test/report/utils/draw-table.test.ts compares the two on every such character.
const PLAIN = /^[\u0020-\u007e\u3001-\u3011\u4e00-\u9fff\uff01-\uff5e]*$/;

// Cell texts repeat (statuses, units, region names): each is measured once per run.
const measured = new Map<string, number>();

/** The columns cli-table3 gives a cell's text: its widest line, colour codes not counted. */
export function cellWidth(text: string): number {
  let width = measured.get(text);
  if (width === undefined) {
    if (PLAIN.test(text)) {
      width = 0;
      for (let i = 0; i < text.length; i += 1) width += text.charCodeAt(i) > 0x7e ? 2 : 1;
    } else width = tableUtils().strlen(text);
    measured.set(text, width);
  }
  return width;
}

/** A row of cells, each with its lines; a line carries colour codes over from the line before, as cli-table3 does. */
function linesOf(content: string): string[] {
  const lines = content.split('\n');
  return content.includes('\u001b') ? tableUtils().colorizeLines(lines) : lines;
}

/** One line of a cell: padded to its width, or cut with … when too wide. */
function cellLine(text: string, width: number): string {
  const room = width - 2;
  const fitted = cellWidth(text) > room ? tableUtils().truncate(text, room, '…') : text;
  return ` ${fitted}${' '.repeat(Math.max(0, room - cellWidth(fitted)))} `;
}

/**
 * Which rules a table draws between its body rows: `all` (cli-table3's), or `wrapped`: only next to a row of
 * several lines. Rows of one line each read as lines of a list; a row that wraps needs its rules, or its second line
 * reads as the next row. The rule under the head is always drawn.
 */
export type RowRules = 'all' | 'wrapped';

/** The lines a row takes: those of its tallest cell (one more than its line breaks). */
function heightOf(row: readonly string[] | undefined, columns: number): number {
  let height = 1;
  for (let x = 0; x < columns; x += 1) height = Math.max(height, (row?.[x] ?? '').split('\n').length);
  return height;
}

/**
 * The table of `head` and `rows` (a cell for every column) with these column widths (padding included), as
 * `new Table({ head, colWidths, wordWrap: false, style: { head: [], border: [] } })` would print it, with
 * `rules: 'all'` (the default).
 */
export function drawTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  colWidths: readonly number[],
  rules: RowRules = 'all',
): string {
  const fill = colWidths.map((w) => '─'.repeat(w));
  const out = [`┌${fill.join('┬')}┐`];
  const all = [head, ...rows];
  const heights = all.map((row) => heightOf(row, colWidths.length));
  for (let y = 0; y < all.length; y += 1) {
    const height = heights[y] ?? 1;
    if (y === 1 || (y > 1 && (rules === 'all' || height > 1 || (heights[y - 1] ?? 1) > 1)))
      out.push(`├${fill.join('┼')}┤`);
    const cells = colWidths.map((_, x) => linesOf(all[y]?.[x] ?? ''));
    for (let n = 0; n < height; n += 1) {
      let line = '';
      for (let x = 0; x < cells.length; x += 1) {
        const width = colWidths[x] ?? 0;
        const text = cells[x]?.[n];
        line += `│${text === undefined ? ' '.repeat(width) : cellLine(text, width)}`;
      }
      out.push(`${line}│`);
    }
  }
  out.push(`└${fill.join('┴')}┘`);
  return out.join('\n');
}
