// Reads an xlsx workbook into grids: exceljs's full load for ordinary files, its streaming reader for large ones.
import { stat } from 'node:fs/promises';
import type { Grid, GridRow } from './grid.js';
import { xlsxCellContent } from './xlsx-cell.js';
import { readSheetMerges, type MergeRange } from './sheet-merges.js';
import { readSharedStrings } from './shared-strings.js';

export type XlsxReaderMode = 'auto' | 'full' | 'stream';

/** Files at or above this size are streamed: a full load of a 3.7 MB, 100k-row file peaks at ~560 MB (bench/read-xlsx.mjs). */
export const XLSX_STREAM_THRESHOLD = 1024 * 1024;

interface CellLike {
  value: unknown;
  result?: unknown;
  numFmt?: string;
  style?: { numFmt?: string };
}

interface RowLike {
  number: number;
  eachCell(options: { includeEmpty: boolean }, callback: (cell: CellLike, column: number) => void): void;
}

function gridRow(row: RowLike, strings?: readonly string[]): GridRow {
  const cells: GridRow['cells'] = new Map();
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const index = sharedStringIndex(cell.value);
    const value = index === undefined ? cell.value : (strings?.[index] ?? '');
    const content = xlsxCellContent({ value, result: cell.result, numFmt: cell.numFmt ?? cell.style?.numFmt });
    if (content.kind !== 'blank') cells.set(column, content);
  });
  return { row: row.number, cells };
}

function sharedStringIndex(value: unknown): number | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const index = (value as { sharedString?: unknown }).sharedString;
  return typeof index === 'number' ? index : undefined;
}

function hasSharedStringIndex(row: RowLike): boolean {
  let found = false;
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (sharedStringIndex(cell.value) !== undefined) found = true;
  });
  return found;
}

const isHidden = (state: unknown): boolean => state === 'hidden' || state === 'veryHidden';

/** The sheets of the workbook in order; each grid's rows must be consumed before the next grid is taken. */
export async function* readXlsx(path: string, mode: XlsxReaderMode = 'auto'): AsyncGenerator<Grid> {
  const useStream = mode === 'stream' || (mode === 'auto' && (await stat(path)).size >= XLSX_STREAM_THRESHOLD);
  yield* useStream ? streamXlsx(path) : fullXlsx(path);
}

async function* fullXlsx(path: string): AsyncGenerator<Grid> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const sheet of workbook.worksheets) {
    const rows: GridRow[] = [];
    // The full load gives a merged range's value to every cell of it, so merges need no work here.
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const read = gridRow(row as unknown as RowLike);
      if (read.cells.size) rows.push(read);
    });
    yield { sheet: sheet.name, hidden: isHidden(sheet.state), rows: (async function* () { yield* rows; })() };
  }
}

async function* streamXlsx(path: string): AsyncGenerator<Grid> {
  const { default: ExcelJS } = await import('exceljs');
  const merges = await readSheetMerges(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let strings: string[] | undefined;
  for await (const sheet of reader) {
    const s = sheet as unknown as { name: string; state?: string } & AsyncIterable<RowLike>;
    const fill = mergeFiller(merges.get(s.name) ?? []);
    const rows = (async function* () {
      for await (const row of s) {
        if (!strings && hasSharedStringIndex(row)) strings = await readSharedStrings(path);
        const read = fill(gridRow(row, strings));
        if (read.cells.size) yield read;
      }
    })();
    yield { sheet: s.name, hidden: isHidden(s.state), rows };
  }
}

/**
 * Gives each cell of a merged range the value of its top-left cell, as the full load does. Rows arrive in order,
 * so the top-left value is seen before the cells that repeat it.
 */
export function mergeFiller(ranges: readonly MergeRange[]): (row: GridRow) => GridRow {
  if (!ranges.length) return (row) => row;
  const sorted = [...ranges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: { range: MergeRange; master: GridRow['cells'] extends Map<number, infer C> ? C | undefined : never }[] = [];
  return (row) => {
    active = active.filter((a) => a.range.bottom >= row.row);
    while (next < sorted.length && (sorted[next]?.top ?? Infinity) <= row.row) {
      const range = sorted[next] as MergeRange;
      next += 1;
      if (range.bottom >= row.row) active.push({ range, master: range.top === row.row ? row.cells.get(range.left) : undefined });
    }
    for (const { range, master } of active) {
      if (!master) continue;
      for (let column = range.left; column <= range.right; column += 1) {
        if (!(row.row === range.top && column === range.left)) row.cells.set(column, master);
      }
    }
    return row;
  };
}
