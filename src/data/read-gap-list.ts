// Reads a previous 整改清单.xlsx back: every non-empty cell of every row under a gap-list header, on every sheet,
// wherever people moved, added or renamed columns, re-sorted rows, deleted sheets or saved it in WPS.
// Read with qcc's own streaming reader (gap-list-workbook.ts), so a zip bomb or an absurd merge costs bounded time.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CellContent, GridRow } from './grid.js';
import { XlsxFailure } from './xlsx-failure.js';
import { GapListPartTooLarge, GAP_LIST_PART_BYTES, openGapList, type GapListSheet } from './gap-list-workbook.js';
import type { MergeRange } from './sheet-merges.js';
import type { Problem } from '../model/index.js';
import { append } from '../util/append.js';
import { translator, type Translator } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import { makeProblem } from '../wording/problem.js';
import { fsErrorText } from '../wording/fs-error.js';
import { columnLetters } from '../util/column-letters.js';

/** A cell as a person left it: text, number, yes/no, or a date (UTC midnight as Excel stores days). */
export type GapListCellValue = string | number | boolean | Date;

export interface GapListRow {
  sheet: string;
  /** 1-based, as Excel shows it. */
  row: number;
  /** The cells under 考核项编号 and 地区, trimmed; '' when blank. */
  item: string;
  region: string;
  /** Every non-empty cell, with the header of its column as it stands in the file. */
  cells: { header: string; value: GapListCellValue }[];
}

export interface GapListRead {
  file: string;
  rows: GapListRow[];
}

/** How far down a header row may sit below title rows. */
const HEADER_SEARCH_ROWS = 20;

function normalise(text: string): string {
  return text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

const HEADERS = (() => {
  const item = new Set<string>();
  const region = new Set<string>();
  for (const tr of [translator('zh'), translator('en')]) {
    item.add(normalise(tr.t('gaps.col.item')));
    region.add(normalise(tr.t('gaps.col.region')));
  }
  return { item, region };
})();

/** The most cells a gap list may hold (a real one holds a few tens of thousands): 1 000 000. */
export const GAP_LIST_MAX_CELLS = 1_000_000;

/** A cell as plain data: formulas by their cached result (or `=formula` when none), errors by their name. */
export function plainValue(content: CellContent | undefined): GapListCellValue | undefined {
  if (!content) return undefined;
  switch (content.kind) {
    case 'blank':
      return undefined;
    case 'text':
      return content.text.trim() === '' ? undefined : content.text;
    case 'number':
    case 'boolean':
      return content.value;
    case 'date':
      return content.date;
    case 'error':
      return content.error;
    case 'formula-no-result':
      return content.formula ? `=${content.formula}` : undefined;
  }
}

function cellText(value: GapListCellValue | undefined): string {
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

interface Header {
  row: number;
  headers: Map<number, string>;
  item: number;
  region: number;
  last: number;
}

/** The row as a header row when it has both 考核项编号 and 地区. */
function asHeader(row: GridRow): Header | undefined {
  const headers = new Map<number, string>();
  let item = 0;
  let region = 0;
  let last = 0;
  const seen = new Set<string>();
  for (const col of [...row.cells.keys()].sort((a, b) => a - b)) {
    let text = cellText(plainValue(row.cells.get(col)));
    if (!text) continue;
    // Two columns with one header would overwrite each other's cells: the second is told apart by its letter.
    if (seen.has(normalise(text))) text = `${text}[${columnLetters(col)}]`;
    seen.add(normalise(text));
    headers.set(col, text);
    last = col;
    if (!item && HEADERS.item.has(normalise(text))) item = col;
    if (!region && HEADERS.region.has(normalise(text))) region = col;
  }
  return item && region ? { row: row.row, headers, item, region, last } : undefined;
}

/** The most cells one merged range may cover before it is read as unmerged (a real one covers a few hundred). */
export const GAP_LIST_MERGE_CELLS = 100_000;

const mergeSize = (r: MergeRange): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/**
 * Merged ranges as exceljs's full load reads them: a merge across columns counts once in its top row; every row
 * below it that has cells of its own gets the top-left value in each empty column the merge covers (a 地区 or a
 * 责任人 typed once for several rows). A value typed under a merge is kept (Excel clears them when it merges, so
 * only a damaged file has one), and a merge reaches no further right than the last header.
 */
function mergeTracker(ranges: MergeRange[]): (row: GridRow, lastColumn: number) => void {
  const sorted = [...ranges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: { range: MergeRange; master: CellContent | undefined }[] = [];
  return (row, lastColumn) => {
    if (active.length) active = active.filter((a) => a.range.bottom >= row.row);
    while (next < sorted.length && (sorted[next]?.top ?? Infinity) <= row.row) {
      const range = sorted[next] as MergeRange;
      next += 1;
      if (range.bottom < row.row) continue;
      active.push({ range, master: range.top === row.row ? row.cells.get(range.left) : undefined });
    }
    if (!active.length || !row.cells.size) return;
    const own = new Set(row.cells.keys());
    for (const { range, master } of active) {
      const right = Math.min(range.right, Math.max(range.left, lastColumn));
      if (range.top === row.row) {
        for (let column = range.left + 1; column <= right; column += 1) row.cells.delete(column);
      } else if (master) {
        for (let column = range.left; column <= right; column += 1) if (!own.has(column)) row.cells.set(column, master);
      }
    }
  };
}

class TooManyCells extends Error {}

async function readSheet(
  sheet: GapListSheet,
  budget: { cells: number },
  ignored: MergeRange[],
): Promise<GapListRow[] | undefined> {
  let header: Header | undefined;
  let merge: ((row: GridRow, lastColumn: number) => void) | undefined;
  const rows: GapListRow[] = [];
  for await (const row of sheet.rows) {
    if (!header) {
      if (row.row > HEADER_SEARCH_ROWS) return undefined;
      header = asHeader(row);
      // The merges are looked for only in a sheet that is a gap list.
      if (header) {
        const merges = await sheet.merges();
        // A range such as A5:XFD1048576 is damage, not a person's merge: read as unmerged, and said.
        for (const range of merges) if (mergeSize(range) > GAP_LIST_MERGE_CELLS) ignored.push(range);
        merge = mergeTracker(merges.filter((range) => mergeSize(range) <= GAP_LIST_MERGE_CELLS));
      }
      continue;
    }
    merge?.(row, header.last);
    const cells: GapListRow['cells'] = [];
    let item = '';
    let region = '';
    for (const col of [...row.cells.keys()].sort((a, b) => a - b)) {
      const value = plainValue(row.cells.get(col));
      if (value === undefined) continue;
      if (col === header.item) item = cellText(value);
      if (col === header.region) region = cellText(value);
      budget.cells -= 1;
      if (budget.cells < 0) throw new TooManyCells();
      // A column without a header still holds what someone typed: name it by its letter.
      cells.push({ header: header.headers.get(col) ?? `[${columnLetters(col)}]`, value });
    }
    if (cells.length) rows.push({ sheet: sheet.name, row: row.row, item, region, cells });
  }
  return header ? rows : undefined;
}

export async function readGapList(
  path: string,
  cwd: string,
  tr: Translator,
): Promise<{ list?: GapListRead; problems: Problem[] }> {
  const absolute = resolve(cwd, path);
  const file = displayPath(absolute, cwd);
  try {
    if (!statSync(absolute).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
  } catch (error) {
    return {
      problems: [makeProblem(tr, 'file-unreadable', 'error', { file }, { detail: fsErrorText(error, file, tr) })],
    };
  }
  const notXlsx = (detail: string) => ({
    problems: [makeProblem(tr, 'gap-list-not-xlsx', 'error', { file }, { detail })],
  });
  const tooLarge = (part: string) => ({
    problems: [
      makeProblem(tr, 'gap-list-too-large', 'error', { file }, { part, mb: GAP_LIST_PART_BYTES / 1024 / 1024 }),
    ],
  });
  let opened: Awaited<ReturnType<typeof openGapList>>;
  try {
    opened = await openGapList(absolute);
  } catch (error) {
    if (error instanceof GapListPartTooLarge) return tooLarge(error.part);
    if (isZipBomb(error)) return tooLarge(error.params.part ?? '');
    return notXlsx(tr.t('gaps.detail.damaged'));
  }
  if ('failure' in opened) {
    const failure = opened.failure;
    if (failure.kind === 'too-large') return tooLarge(failure.part);
    // Not a zip at all (an .xls, a CSV, a renamed file), or a zip without a workbook (an .ods, a .docx).
    return notXlsx(tr.t(failure.kind === 'not-zip' ? 'gaps.detail.not-zip' : 'gaps.detail.no-workbook'));
  }
  const rows: GapListRow[] = [];
  const warnings: Problem[] = [];
  const budget = { cells: GAP_LIST_MAX_CELLS };
  let found = false;
  for (const sheet of opened.sheets) {
    let sheetRows: GapListRow[] | undefined;
    const ignored: MergeRange[] = [];
    try {
      sheetRows = await readSheet(sheet, budget, ignored);
    } catch (error) {
      if (error instanceof GapListPartTooLarge) return tooLarge(error.part);
      if (isZipBomb(error)) return tooLarge(error.params.part ?? sheet.name);
      if (error instanceof TooManyCells)
        return {
          problems: [
            makeProblem(tr, 'gap-list-too-many-cells', 'error', { file, sheet: sheet.name }, { n: GAP_LIST_MAX_CELLS }),
          ],
        };
      return { problems: [makeProblem(tr, 'gap-list-damaged', 'error', { file, sheet: sheet.name }, {})] };
    }
    for (const range of ignored) {
      const ref = `${columnLetters(range.left)}${range.top}:${columnLetters(range.right)}${range.bottom}`;
      warnings.push(
        makeProblem(
          tr,
          'gap-list-merge-ignored',
          'warning',
          { file, sheet: sheet.name, cell: ref },
          { range: ref, limit: GAP_LIST_MERGE_CELLS },
        ),
      );
    }
    if (!sheetRows) continue;
    found = true;
    append(rows, sheetRows);
  }
  if (!found) return { problems: [makeProblem(tr, 'gap-list-no-header', 'error', { file }, {})] };
  return { list: { file, rows }, problems: warnings };
}

/** A part over the data files' zip limits (src/data/zip-limits.ts: size or ratio): for a gap list, too large. */
function isZipBomb(error: unknown): error is XlsxFailure {
  return error instanceof XlsxFailure && error.reason === 'too-large';
}
