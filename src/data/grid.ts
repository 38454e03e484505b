// The neutral shape every reader produces: sheets of rows of typed cells, so layout code never sees exceljs or CSV.
import type { CellContent } from '../util/cell-content.js';

export type { CellContent };

/** A row as it arrives: its 1-based number (line for CSV) and its non-blank cells by 1-based column. */
export interface GridRow {
  row: number;
  cells: Map<number, CellContent>;
}

/** A sheet (or a whole CSV file): rows in order, possibly streamed. */
export interface Grid {
  /** Sheet name; absent for CSV. */
  sheet?: string;
  hidden: boolean;
  rows: AsyncIterable<GridRow>;
}

export const BLANK: CellContent = { kind: 'blank' };

export function cellAt(row: GridRow, column: number | undefined): CellContent {
  return column === undefined ? BLANK : (row.cells.get(column) ?? BLANK);
}

/** "A", "B" … "Z", "AA" for a 1-based column. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 1-based column of letters ("E" → 5). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
