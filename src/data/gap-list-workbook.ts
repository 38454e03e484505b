// Opens a returned gap list with qcc's own streaming xlsx reader, after checking the zip directory's sizes: a gap
// list is small, so a part that would inflate past the limit is refused before anything is inflated.
import type { GridRow } from './grid.js';
import { readSharedStrings } from './shared-strings.js';
import { sheetMerges, type MergeRange } from './sheet-merges.js';
import { sheetRows } from './sheet-rows.js';
import { readWorkbookSheets } from './workbook-sheets.js';
import { readCellFormats } from './xlsx-styles.js';
import { entryStream, zipEntries, type ZipEntry } from './zip-entries.js';

/** The most any one part of a gap list (a sheet, the shared strings) may hold once inflated: 50 MB. */
export const GAP_LIST_PART_BYTES = 50 * 1024 * 1024;

export interface GapListSheet {
  name: string;
  merges: () => Promise<MergeRange[]>;
  rows: AsyncIterable<GridRow>;
}

/** Why a gap list cannot be opened, as data the reader words. */
export type GapListOpenFailure =
  { kind: 'not-zip' } | { kind: 'no-workbook' } | { kind: 'too-large'; part: string; bytes: number };

/** Counts the inflated bytes of a sheet as they pass: a directory that understates a part is caught here too. */
async function* capped(chunks: AsyncIterable<unknown>, part: string): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of chunks) {
    const bytes = chunk as Buffer;
    total += bytes.length;
    if (total > GAP_LIST_PART_BYTES) throw new GapListPartTooLarge(part, total);
    yield bytes;
  }
}

async function drain(chunks: AsyncGenerator<Buffer>): Promise<void> {
  let next = await chunks.next();
  while (!next.done) next = await chunks.next();
}

export class GapListPartTooLarge extends Error {
  constructor(
    readonly part: string,
    readonly bytes: number,
  ) {
    super(`${part} inflates past ${GAP_LIST_PART_BYTES} bytes`);
  }
}

const WHOLE_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];

const oversized = (entry: ZipEntry | undefined): boolean =>
  entry !== undefined && entry.uncompressedSize > GAP_LIST_PART_BYTES;

export async function openGapList(path: string): Promise<{ sheets: GapListSheet[] } | { failure: GapListOpenFailure }> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = await zipEntries(path);
  } catch {
    return { failure: { kind: 'not-zip' } };
  }
  for (const entry of entries.values()) {
    if (entry.name.startsWith('xl/') && oversized(entry))
      return { failure: { kind: 'too-large', part: entry.name, bytes: entry.uncompressedSize } };
  }
  // These parts are inflated whole: inflated once as a stream first, so a directory that understates one cannot
  // make qcc hold gigabytes (a real gap list's are a few hundred KB; this costs milliseconds).
  for (const name of WHOLE_PARTS) {
    const entry = entries.get(name);
    if (entry) await drain(capped(await entryStream(path, entry), name));
  }
  const info = await readWorkbookSheets(path, entries);
  if (!entries.has('xl/workbook.xml')) return { failure: { kind: 'no-workbook' } };
  const strings = await readSharedStrings(path, entries);
  const formats = await readCellFormats(path, entries);
  const context = { strings, formats, date1904: info.date1904, fill: (row: GridRow) => row };
  const sheets = info.sheets.map((sheet) => ({
    name: sheet.name,
    merges: () => sheetMerges(path, sheet.entry),
    rows: sheetRows(async () => capped(await entryStream(path, sheet.entry), sheet.entry.name), context),
  }));
  return { sheets };
}
