// Reads an xlsx workbook into grids with qcc's own streaming reader, for every size; exceljs's readers on request.
import type { Grid, GridRow } from './grid.js';
import { mergeFiller, sheetMerges } from './sheet-merges.js';
import { readSharedStrings } from './shared-strings.js';
import { readWorkbookSheets } from './workbook-sheets.js';
import { readCellFormats } from './xlsx-styles.js';
import { sheetRows } from './sheet-rows.js';
import { entryStream, zipEntries, type ZipEntry } from './zip-entries.js';
import { readXlsxWithExceljs } from './read-xlsx-exceljs.js';
import { XlsxFailure } from './xlsx-failure.js';

export { mergeFiller };

/**
 * 'auto': qcc's reader (sheet-rows.ts). 'full' and 'stream': exceljs's full load and streaming reader, which the tests
 * hold qcc's reader to. One reader for every size: exceljs costs 0.5 s to import and its full load more per row
 * than streaming, so even a 50 KB sample file reads faster without it.
 */
export type XlsxReaderMode = 'auto' | 'full' | 'stream';

const isHidden = (state: unknown): boolean => state === 'hidden' || state === 'veryHidden';

/** The sheets of the workbook in order; each grid's rows must be consumed before the next grid is taken. */
export async function* readXlsx(
  path: string,
  mode: XlsxReaderMode = 'auto',
  known?: Map<string, ZipEntry>,
): AsyncGenerator<Grid> {
  if (mode !== 'auto') {
    yield* readXlsxWithExceljs(path, mode);
    return;
  }
  const entries = known ?? (await zipEntries(path));
  // A zip without a workbook is another file renamed: an OpenDocument sheet (.ods), or any archive.
  if (!entries.has('xl/workbook.xml'))
    throw new XlsxFailure(entries.has('content.xml') || entries.has('mimetype') ? 'ods' : 'not-xlsx');
  const info = await readWorkbookSheets(path, entries);
  const strings = await readSharedStrings(path, entries);
  const formats = await readCellFormats(path, entries);
  for (const sheet of info.sheets) {
    // The merges are found, and the sheet opened, when its first row is asked for.
    let fill: (row: GridRow) => GridRow = (row) => row;
    const open = async (): Promise<AsyncIterable<unknown>> => {
      fill = mergeFiller(await sheetMerges(path, sheet.entry));
      return entryStream(path, sheet.entry);
    };
    const context = { strings, formats, date1904: info.date1904, fill: (row: GridRow) => fill(row), sheet: sheet.name };
    yield { sheet: sheet.name, hidden: isHidden(sheet.state), rows: sheetRows(open, context) };
  }
}
