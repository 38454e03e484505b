// exceljs's two readers (full load, streaming) into grids: the reference qcc's own reader is tested against.
import { createRequire } from 'node:module';
import type { Grid, GridRow } from './grid.js';
import { xlsxCellContent } from './xlsx-cell.js';
import { mergeFiller, readSheetMerges } from './sheet-merges.js';
import { readSharedStrings } from './shared-strings.js';
import { readWorkbookSheets } from './workbook-sheets.js';
import { entryStream, zipEntries } from './zip-entries.js';

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

/** The sheets in order, read by exceljs's full load or its streaming reader. */
export async function* readXlsxWithExceljs(path: string, mode: 'full' | 'stream'): AsyncGenerator<Grid> {
  yield* mode === 'stream' ? streamXlsx(path) : fullXlsx(path);
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
 * exceljs's own WorkbookReader walks the zip as a stream and, under load, sometimes loses an entry (workbook.xml or a
 * sheet arrives empty: exceljs issue 3064), so the zip is opened by its directory and each sheet's XML is handed to
 * exceljs's WorksheetReader, with the shared strings and styles read first.
 */
async function* streamXlsx(path: string): AsyncGenerator<Grid> {
  const { WorksheetReader, StyleManager } = exceljsInternals();
  const entries = await zipEntries(path);
  const info = await readWorkbookSheets(path, entries);
  const merges = await readSheetMerges(path);
  const strings = await readSharedStrings(path, entries);
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
