// The previous gap list as read back from a workbook: every non-empty cell of every row under a gap-list header.
// The reader in src/data/read-gap-list.ts returns this shape (checked by the compiler where the CLI joins them).
import type { CellValue } from './columns.js';

export interface PreviousCell {
  /** The header as it stands in the file (people may have renamed or added columns). */
  header: string;
  value: CellValue;
}

export interface PreviousRow {
  sheet: string;
  /** Which file, when rows of several previous lists are read together. */
  file?: string;
  /** 1-based, as Excel shows it. */
  row: number;
  /** The cells under 考核项编号 and 地区, trimmed; '' when blank. */
  item: string;
  region: string;
  cells: PreviousCell[];
}

export interface PreviousGapList {
  /** As shown to the user. */
  file: string;
  rows: PreviousRow[];
}
