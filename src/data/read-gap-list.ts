// Reads a previous 整改清单.xlsx back: every non-empty cell of every row under a gap-list header, on every sheet,
// wherever people moved, added or renamed columns, re-sorted rows, deleted sheets or saved it in WPS.
import { append } from '../util/append.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import type { Problem } from '../model/index.js';
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

/** A cell's value as plain data: rich text joined, formulas by their cached result, links by their text. */
export function plainValue(value: ExcelCellValue | undefined): GapListCellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return plainValue(value.richText.map((r) => r.text).join(''));
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelCellValue }).result;
      const cached = plainValue(result as ExcelCellValue);
      if (cached !== undefined) return cached;
      const formula = (value as { formula?: string }).formula;
      return formula ? `=${formula}` : undefined;
    }
    if ('text' in value) return plainValue((value as { text: ExcelCellValue }).text);
    if ('error' in value) return String((value as { error: string }).error);
  }
  return undefined;
}

function cellText(value: GapListCellValue | undefined): string {
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** The header row of a gap-list sheet: the first of the top rows with both 考核项编号 and 地区. */
function findHeader(
  ws: Worksheet,
): { row: number; headers: Map<number, string>; item: number; region: number } | undefined {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r += 1) {
    const headers = new Map<number, string>();
    let item = 0;
    let region = 0;
    const seen = new Set<string>();
    ws.getRow(r).eachCell((cell, col) => {
      let text = cellText(plainValue(cell.value));
      if (!text) return;
      // Two columns with one header would overwrite each other's cells: the second is told apart by its letter.
      if (seen.has(normalise(text))) text = `${text}[${columnLetters(col)}]`;
      seen.add(normalise(text));
      headers.set(col, text);
      if (!item && HEADERS.item.has(normalise(text))) item = col;
      if (!region && HEADERS.region.has(normalise(text))) region = col;
    });
    if (item && region) return { row: r, headers, item, region };
  }
  return undefined;
}

function readSheet(ws: Worksheet): GapListRow[] | undefined {
  const header = findHeader(ws);
  if (!header) return undefined;
  const rows: GapListRow[] = [];
  ws.eachRow((row, r) => {
    if (r <= header.row) return;
    const cells: GapListRow['cells'] = [];
    let item = '';
    let region = '';
    row.eachCell((cell, col) => {
      // A merge across columns repeats one value in one row: count it once. A merge down a column (a 地区 or a
      // 责任人 typed once for several rows) belongs to every row it covers, as the data reader reads it.
      if (cell.isMerged && cell.master.address !== cell.address && Number(cell.master.row) === r) return;
      const value = plainValue(cell.value);
      if (value === undefined) return;
      if (col === header.item) item = cellText(value);
      if (col === header.region) region = cellText(value);
      // A column without a header still holds what someone typed: name it by its letter.
      cells.push({ header: header.headers.get(col) ?? `[${columnLetters(col)}]`, value });
    });
    if (cells.length) rows.push({ sheet: ws.name, row: r, item, region, cells });
  });
  return rows;
}

export async function readGapList(
  path: string,
  cwd: string,
  tr: Translator,
): Promise<{ list?: GapListRead; problems: Problem[] }> {
  const absolute = resolve(cwd, path);
  const file = displayPath(absolute, cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return {
      problems: [makeProblem(tr, 'file-unreadable', 'error', { file }, { detail: fsErrorText(error, file, tr) })],
    };
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    // Not a zip at all (an .xls, a CSV, a renamed file): say so rather than quote the zip library.
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    return {
      problems: [
        makeProblem(
          tr,
          'gap-list-not-xlsx',
          'error',
          { file },
          { detail: zip ? (error as Error).message : tr.t('gaps.detail.not-zip') },
        ),
      ],
    };
  }
  const rows: GapListRow[] = [];
  let found = false;
  workbook.eachSheet((ws) => {
    const sheetRows = readSheet(ws);
    if (!sheetRows) return;
    found = true;
    append(rows, sheetRows);
  });
  if (!found) return { problems: [makeProblem(tr, 'gap-list-no-header', 'error', { file }, {})] };
  return { list: { file, rows }, problems: [] };
}
