// A workbook without a 地区 column: the sheet name gives the region, and when it names none the user is told.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFixtures, problemPlaces, recordTuples } from './helpers.js';

/** One sheet per name, each with the header a county clerk types: 指标编号, 年度, 数值 — no 地区. */
async function workbook(sheets: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const name of sheets) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['指标编号', '年度', '数值']);
    ws.addRow(['6.3.1', 2020, 99]);
  }
  const dir = mkdtempSync(join(tmpdir(), 'qcc-sheet-region-'));
  const file = join(dir, '县报送.xlsx');
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return dir;
}

describe('region from the sheet name', () => {
  it.each(['full', 'stream'] as const)(
    'finds a listed district inside a longer sheet name, and warns when there is none (%s)',
    async (mode) => {
      const dir = await workbook(['柯城区（2020年）', 'Sheet1']);
      const ds = await readFixtures(['县报送.xlsx'], mode, 'zh', dir);
      expect(recordTuples(ds)).toEqual([
        ['柯城区', '6.3.1', 2020, '99', '柯城区（2020年）!C2'],
        ['衢州市', '6.3.1', 2020, '99', 'Sheet1!C2'],
      ]);
      expect(problemPlaces(ds)).toEqual([['region-assumed-city', '县报送.xlsx:Sheet1!A1']]);
      expect(ds.problems[0]?.message).toBe('工作表“Sheet1”没有“地区”列，表中数据按本市（衢州市）的数据读取');
    },
  );
});

describe('a two-row header', () => {
  it.each(['full', 'stream'] as const)(
    'takes the lower row when the upper one is a group label above 数值 (%s)',
    async (mode) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('指标数据');
      ws.addRow(['地区', '指标编号', '年度', '填报数据', null]);
      ws.addRow([null, null, null, '数值', '单位']);
      ws.addRow(['柯城区', '6.3.1', 2020, 99, '%']);
      ws.addRow(['衢江区', '6.3.1', 2020, 100, '%']);
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:B2');
      ws.mergeCells('C1:C2');
      ws.mergeCells('D1:E1');
      const dir = mkdtempSync(join(tmpdir(), 'qcc-two-row-header-'));
      writeFileSync(join(dir, '两行表头.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
      const ds = await readFixtures(['两行表头.xlsx'], mode, 'zh', dir);
      expect(recordTuples(ds)).toEqual([
        ['柯城区', '6.3.1', 2020, '99', '指标数据!D3'],
        ['衢江区', '6.3.1', 2020, '100', '指标数据!D4'],
      ]);
      expect(ds.problems).toEqual([]);
    },
  );
});
