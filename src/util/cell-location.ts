// Another cell of the same row: where a record's 佐证材料 cell is, built only when a problem is said there.
import type { Location } from '../model/index.js';
import { columnLetters } from './column-letters.js';

/** The cell in `column` on the row of `location`, located the way the readers locate cells (A1 address or line). */
export function atColumn(location: Location, column: number): Location {
  const { file, sheet, row, line } = location;
  if (sheet !== undefined && row !== undefined)
    return { file, sheet, cell: `${columnLetters(column)}${row}`, row, column };
  if (line !== undefined) return { file, line, column };
  return location;
}
