// Merged ranges of a sheet, and filling them in as rows stream past: the merge list sits after the rows in the XML.
import { entryStream, zipEntries, type ZipEntry } from './zip-entries.js';
import { readWorkbookSheets } from './workbook-sheets.js';
import { columnNumber } from '../util/column-letters.js';
import type { GridRow } from './grid.js';

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(ref: string): MergeRange | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return undefined;
  return { left: columnNumber(m[1] ?? ''), top: Number(m[2]), right: columnNumber(m[3] ?? ''), bottom: Number(m[4]) };
}

/** Sheet name → merged ranges (for tests and tools; the reader takes one sheet's at a time). */
export async function readSheetMerges(path: string): Promise<Map<string, MergeRange[]>> {
  const { sheets } = await readWorkbookSheets(path, await zipEntries(path));
  const result = new Map<string, MergeRange[]>();
  for (const sheet of sheets) result.set(sheet.name, await sheetMerges(path, sheet.entry));
  return result;
}

const MARK = Buffer.from('<mergeCells');

/**
 * The sheet's merged ranges. The rows need them before they are read, and deflate cannot start at the end, so the
 * sheet is inflated once before it is read: zlib alone, a byte search, no text until the merge list (about 40 ms per
 * 100 000 rows, against 35 MB held to inflate it once).
 */
export async function sheetMerges(path: string, entry: ZipEntry): Promise<MergeRange[]> {
  let tail: Buffer = Buffer.alloc(0);
  const found: Buffer[] = [];
  for await (const chunk of await entryStream(path, entry)) {
    const bytes = chunk as Buffer;
    if (found.length) {
      found.push(bytes);
      continue;
    }
    // The mark may straddle two chunks: search the previous chunk's last bytes with this one's first.
    const joined = Buffer.concat([tail, bytes.subarray(0, MARK.length)]);
    const across = joined.indexOf(MARK);
    const at = across >= 0 ? -1 : bytes.indexOf(MARK);
    if (across >= 0) found.push(joined.subarray(across), bytes.subarray(MARK.length));
    else if (at >= 0) found.push(bytes.subarray(at));
    tail = bytes.subarray(Math.max(0, bytes.length - MARK.length + 1));
  }
  const merges: MergeRange[] = [];
  const text = Buffer.concat(found).toString('utf8');
  for (const m of text.matchAll(/<mergeCell\b[^>]*\bref\s*=\s*["']([^"']+)["'][^>]*>/g)) {
    const range = parseRange(m[1] ?? '');
    if (range) merges.push(range);
  }
  return merges;
}

/** A merged range at most this wide is filled in whole (a header over a few columns); a wider one is clipped. */
export const MERGE_FULL_WIDTH = 64;

/**
 * Gives each cell of a merged range the value of its top-left cell, as exceljs's full load does. Rows arrive in
 * order, so the top-left value is seen before the cells that repeat it. Only rows the sheet has are filled, and a
 * range wider than MERGE_FULL_WIDTH columns only up to the rightmost column a row of the sheet has reached:
 * A5:XFD1048576 would otherwise give every row 16 384 cells.
 */
export function mergeFiller(ranges: readonly MergeRange[]): (row: GridRow) => GridRow {
  if (!ranges.length) return (row) => row;
  let widest = 0;
  const sorted = [...ranges].sort((a, b) => a.top - b.top);
  let next = 0;
  type Content = GridRow['cells'] extends Map<number, infer C> ? C : never;
  let active: { range: MergeRange; master: Content | undefined }[] = [];
  return (row) => {
    for (const column of row.cells.keys()) if (column > widest) widest = column;
    if (active.length) active = active.filter((a) => a.range.bottom >= row.row);
    while (next < sorted.length && (sorted[next]?.top ?? Infinity) <= row.row) {
      const range = sorted[next] as MergeRange;
      next += 1;
      if (range.bottom >= row.row)
        active.push({ range, master: range.top === row.row ? row.cells.get(range.left) : undefined });
    }
    for (const { range, master } of active) {
      if (!master) continue;
      const right = range.right - range.left < MERGE_FULL_WIDTH ? range.right : Math.min(range.right, widest);
      for (let column = range.left; column <= right; column += 1) {
        if (!(row.row === range.top && column === range.left)) row.cells.set(column, master);
      }
    }
    return row;
  };
}
