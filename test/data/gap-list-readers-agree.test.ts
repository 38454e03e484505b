// qcc's streaming gap-list reader gives the rows exceljs's full load gave (the reader it replaced) on every
// gap-list fixture and on lists edited the ways people edit them.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readGapList, type GapListRow } from '../../src/data/read-gap-list.js';
import { translator } from '../../src/i18n/index.js';
import { columnLetters } from '../../src/util/column-letters.js';
import { fixture } from '../helpers/paths.js';

const tr = translator('zh');
const ITEM = new Set(['考核项编号', 'item']);
const REGION = new Set(['地区', 'region']);
const norm = (t: string) => t.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();

/** The reader qcc used before: exceljs's full load, cell by cell. */
function plain(value: ExcelJS.CellValue | undefined): GapListRow['cells'][number]['value'] | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plain(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const cached = plain((value as { result?: ExcelJS.CellValue }).result);
    const formula = (value as { formula?: string }).formula;
    return cached ?? (formula ? `=${formula}` : undefined);
  }
  if ('text' in value) return plain((value as { text: ExcelJS.CellValue }).text);
  if ('error' in value) return String(value.error);
  return undefined;
}
const text = (v: ReturnType<typeof plain>) =>
  v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();

async function exceljsRows(path: string): Promise<GapListRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: GapListRow[] = [];
  wb.eachSheet((ws) => {
    let header: { row: number; names: Map<number, string>; item: number; region: number } | undefined;
    for (let r = 1; r <= Math.min(20, ws.rowCount) && !header; r += 1) {
      const names = new Map<number, string>();
      const seen = new Set<string>();
      let item = 0;
      let region = 0;
      ws.getRow(r).eachCell((cell, col) => {
        let t = text(plain(cell.value));
        if (!t) return;
        if (seen.has(norm(t))) t = `${t}[${columnLetters(col)}]`;
        seen.add(norm(t));
        names.set(col, t);
        if (!item && ITEM.has(norm(t))) item = col;
        if (!region && REGION.has(norm(t))) region = col;
      });
      if (item && region) header = { row: r, names, item, region };
    }
    if (!header) return;
    const h = header;
    ws.eachRow((row, r) => {
      if (r <= h.row) return;
      const cells: GapListRow['cells'] = [];
      let item = '';
      let region = '';
      row.eachCell((cell, col) => {
        if (cell.isMerged && cell.master.address !== cell.address && Number(cell.master.row) === r) return;
        const value = plain(cell.value);
        if (value === undefined) return;
        if (col === h.item) item = text(value);
        if (col === h.region) region = text(value);
        cells.push({ header: h.names.get(col) ?? `[${columnLetters(col)}]`, value });
      });
      if (cells.length) rows.push({ sheet: ws.name, row: r, item, region, cells });
    });
  });
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'qcc-gaps-agree-'));
async function edited(name: string, build: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('整改清单'));
  writeFileSync(join(dir, name), new Uint8Array(await wb.xlsx.writeBuffer()));
  return join(dir, name);
}

const fixtures = readdirSync(fixture('gaps'))
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => ({ name: f, path: async () => fixture(`gaps/${f}`) }));
const edits = [
  {
    name: 'columns moved, renamed and added, errors and formulas in human columns, rows duplicated',
    path: () =>
      edited('edited.xlsx', (ws) => {
        ws.addRow(['清单标题']);
        ws.addRow(['备注', '地区', '考核项编号', '新加的列', '责任人（改名）']);
        ws.addRow(['见附件', '衢州市', '6.3.1', { formula: '1/0', result: { error: '#DIV/0!' } }, '张三']);
        ws.addRow(['见附件', '衢州市', '6.3.1', { formula: 'A3&"!"', result: '见附件!' }, '张三']);
        ws.addRow([null, '', '', '只有这一格', null]);
        ws.addRow([1, 2, 3, true, new Date(Date.UTC(2021, 0, 2))]);
      }),
  },
  {
    name: 'merges down and across columns',
    path: () =>
      edited('merged.xlsx', (ws) => {
        ws.addRow(['地区', '考核项编号', '整改措施', '责任人', '备注']);
        ws.addRow(['衢州市', '2.1.3', '委托测评', '张伟', '跨两列']);
        ws.addRow([null, '2.5.2', null, null, null]);
        ws.addRow([null, '3.2.3', null, null, null]);
        ws.mergeCells('A2:A4');
        ws.mergeCells('C2:D4');
        ws.mergeCells('E2:F2');
      }),
  },
];

describe('the streaming gap-list reader reads what exceljs read', () => {
  it.each([...fixtures, ...edits])('$name', async ({ path }) => {
    const file = await path();
    const read = await readGapList(file, dir, tr);
    expect(read.problems).toEqual([]);
    expect(read.list?.rows).toEqual(await exceljsRows(file));
  });
});
