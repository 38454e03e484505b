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
