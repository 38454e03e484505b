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
  it.each(['full', 'stream'] as const)('finds a listed district inside a longer sheet name, and warns when there is none (%s)', async (mode) => {
    const dir = await workbook(['柯城区（2020年）', 'Sheet1']);
    const ds = await readFixtures(['县报送.xlsx'], mode, 'zh', dir);
    expect(recordTuples(ds)).toEqual([
      ['柯城区', '6.3.1', 2020, '99', '柯城区（2020年）!C2'],
      ['衢州市', '6.3.1', 2020, '99', 'Sheet1!C2'],
    ]);
    expect(problemPlaces(ds)).toEqual([['region-assumed-city', '县报送.xlsx:Sheet1!A1']]);
    expect(ds.problems[0]?.message).toBe('工作表“Sheet1”没有“地区”列，表中数据按本市（衢州市）的数据读取');
  });
});
