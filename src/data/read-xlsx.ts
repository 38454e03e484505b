// Reads an xlsx workbook into grids: exceljs's full load for ordinary files, its streaming reader for large ones.
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Grid, GridRow } from './grid.js';
import { xlsxCellContent } from './xlsx-cell.js';
import { readSheetMerges, type MergeRange } from './sheet-merges.js';
import { readSharedStrings } from './shared-strings.js';
import { readWorkbookSheets } from './workbook-sheets.js';
import { entryStream } from './zip-entries.js';

export type XlsxReaderMode = 'auto' | 'full' | 'stream';

/**
 * Files at or above this size are streamed: a full load of a 3.7 MB 100k-row file peaks at ~560 MB (bench/read-xlsx).
 */
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
    yield {
      sheet: sheet.name,
      hidden: isHidden(sheet.state),
      rows: (async function* () {
        yield* rows;
      })(),
    };
  }
}

/**
 * The streaming path. exceljs's own WorkbookReader walks the zip as a stream and, under load, sometimes loses an
 * entry (workbook.xml or a sheet arrives empty: exceljs issue 3064), so qcc opens the zip by its directory and
 * hands each sheet's XML to exceljs's WorksheetReader itself, with the shared strings and styles read first.
 */
async function* streamXlsx(path: string): AsyncGenerator<Grid> {
  const { WorksheetReader, StyleManager } = exceljsInternals();
  const info = await readWorkbookSheets(path);
  const merges = await readSheetMerges(path);
  const strings = await readSharedStrings(path);
  const styles = new StyleManager();
  const stylesEntry = info.entries.get('xl/styles.xml');
  if (stylesEntry) await styles.parseStream(await entryStream(path, stylesEntry));
  const workbook = { sharedStrings: strings, styles, properties: { model: { date1904: info.date1904 } } };
  const options = {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  };
  for (const [index, sheet] of info.sheets.entries()) {
    const reader = new WorksheetReader({
      workbook,
      id: index + 1,
      iterator: await entryStream(path, sheet.entry),
      options,
    }) as AsyncIterable<RowLike>;
    const fill = mergeFiller(merges.get(sheet.name) ?? []);
    const rows = (async function* () {
      for await (const row of reader) {
        const read = fill(gridRow(row, strings));
        if (read.cells.size) yield read;
      }
    })();
    yield { sheet: sheet.name, hidden: isHidden(sheet.state), rows };
  }
}

interface ExceljsInternals {
  WorksheetReader: new (options: {
    workbook: unknown;
    id: number;
    iterator: AsyncIterable<unknown>;
    options: unknown;
  }) => unknown;
  StyleManager: new () => { parseStream(stream: AsyncIterable<unknown>): Promise<unknown> };
}

/**
 * exceljs is pinned at 4.4.0, whose package has no exports map, so its sheet reader and style parser can be reached.
 */
function exceljsInternals(): ExceljsInternals {
  const require = createRequire(import.meta.url);
  return {
    WorksheetReader: require('exceljs/lib/stream/xlsx/worksheet-reader.js') as ExceljsInternals['WorksheetReader'],
    StyleManager: require('exceljs/lib/xlsx/xform/style/styles-xform.js') as ExceljsInternals['StyleManager'],
  };
}

/**
 * Gives each cell of a merged range the value of its top-left cell, as the full load does. Rows arrive in order,
 * so the top-left value is seen before the cells that repeat it.
 */
export function mergeFiller(ranges: readonly MergeRange[]): (row: GridRow) => GridRow {
  if (!ranges.length) return (row) => row;
  const sorted = [...ranges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: { range: MergeRange; master: GridRow['cells'] extends Map<number, infer C> ? C | undefined : never }[] =
    [];
  return (row) => {
    active = active.filter((a) => a.range.bottom >= row.row);
    while (next < sorted.length && (sorted[next]?.top ?? Infinity) <= row.row) {
      const range = sorted[next] as MergeRange;
      next += 1;
      if (range.bottom >= row.row)
        active.push({ range, master: range.top === row.row ? row.cells.get(range.left) : undefined });
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
