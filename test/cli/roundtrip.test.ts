// Issue 6's round trip on the built-in pack: template → filled as a person would → check → gaps → the gap list edited
// as a person would → data fixed for two items → gaps --previous. Nothing typed by a person may be lost.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { FIXED_IN_ROUND_2, fillTemplate } from '../../fixtures/roundtrip/fill-template.mjs';
import { ADDED, ADDED_COLUMN, DELETED_SHEET, TYPED, editGapList } from '../../fixtures/roundtrip/edit-gap-list.mjs';

const PROFILE =
  'pack: quality-city\ncity: 衢州市\ndistricts: [柯城区, 衢江区, 龙游县, 江山市, 常山县, 开化县]\nyear: 2020\n';
/** The two items the rectification fixed, as gap-list keys (考核项编号|地区). */
const FIXED = Object.keys(FIXED_IN_ROUND_2).map((key) => key.split('|').slice(0, 2).join('|'));

interface Row {
  key: string;
  cells: Map<string, unknown>;
}

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's data rows, each cell under its header, keyed by 考核项编号|地区 (found by header, never by position). */
function rowsOf(ws: ExcelJS.Worksheet | undefined): Row[] {
  if (!ws) return [];
  const headers = new Map<number, string>();
  ws.getRow(1).eachCell((cell, col) => headers.set(col, String(cell.value)));
  const rows: Row[] = [];
  for (let r = 2; r <= ws.rowCount; r += 1) {
    const cells = new Map<string, unknown>();
    ws.getRow(r).eachCell((cell, col) => cells.set(headers.get(col) ?? `[${col}]`, cell.value));
    if (cells.size) rows.push({ key: `${cells.get('考核项编号')}|${cells.get('地区')}`, cells });
  }
  return rows;
}

const one = (rows: Row[], key: string): Row => {
  const found = rows.filter((row) => row.key === key);
  expect(found, key).toHaveLength(1);
  return found[0]!;
};

describe('the rectification round trip (issue 6)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-roundtrip-'));
  const qcc = (...argv: string[]) => runCli(argv, { cwd: dir, today: '2021-01-05' });
  const at = (name: string) => join(dir, name);
  let check: CliRun;
  let round1: CliRun;
  let round2: CliRun;
  let previousBytes: Buffer;

  beforeAll(async () => {
    writeFileSync(at('qcc.yaml'), PROFILE);
    expect((await qcc('template', '-o', '填报模板.xlsx')).code).toBe(0);
    writeFileSync(at('填报.xlsx'), await fillTemplate(readFileSync(at('填报模板.xlsx'))));
    check = await qcc('check', '填报.xlsx', '--format', 'json');
    round1 = await qcc('gaps', '填报.xlsx', '-o', '整改清单.xlsx');
    writeFileSync(at('整改清单-已填.xlsx'), await editGapList(readFileSync(at('整改清单.xlsx'))));
    previousBytes = readFileSync(at('整改清单-已填.xlsx'));
    writeFileSync(at('填报-第二轮.xlsx'), await fillTemplate(readFileSync(at('填报模板.xlsx')), { round: 2 }));
    round2 = await qcc('gaps', '填报-第二轮.xlsx', '--previous', '整改清单-已填.xlsx', '-o', '整改清单-第二轮.xlsx');
  }, 120_000);

  it('validate skips the untouched template with one note: qcc wrote it, nothing is filled in (exit 2)', async () => {
    const run = await qcc('validate', '填报模板.xlsx', '--format', 'json');
    expect(run.code).toBe(2);
    const problems = (JSON.parse(run.stdout) as { problems: { code: string; location: { file: string } }[] }).problems;
    expect(problems.map((p) => [p.code, p.location.file])).toEqual([['input-written-by-qcc', '填报模板.xlsx']]);
    expect(run.stderr).toContain('没有可检查的报送数据');
  });

  it('validate on the template with one value typed in reports the others as missing, nothing else', async () => {
    const wb = await workbook(at('填报模板.xlsx'));
    const sheet = wb.getWorksheet('指标数据')!;
    const row = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(2).value === '6.3.2' && r.getCell(1).value === '柯城区')!;
    row.getCell(5).value = 99.2;
    writeFileSync(at('填报-一项.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const run = await qcc('validate', '填报-一项.xlsx', '--format', 'json');
    expect(run.code).toBe(0);
    type Found = { code: string; severity: string; message: string; location: { sheet: string } };
    const problems = (JSON.parse(run.stdout) as { problems: Found[] }).problems;
    const kinds = (sheet: string) =>
      new Set(problems.filter((p) => p.location.sheet === sheet).map((p) => `${p.code}/${p.severity}`));
    expect(new Set(problems.map((p) => p.location.sheet))).toEqual(new Set(['指标数据', '基准值']));
    // One summary per region and year, not one warning per cell of a template of hundreds of rows; a region's year
    // with a single row (a county's earlier year of the PM2.5 trend) keeps the warning that names its cell.
    expect(kinds('指标数据')).toEqual(new Set(['values-missing/warning', 'value-missing/warning']));
    expect(new Set(problems.filter((p) => p.code === 'value-missing').map((p) => p.message))).toEqual(
      new Set(['考核项 8.1.3 没有填数值']),
    );
    expect(problems.filter((p) => p.code === 'values-missing').length).toBeLessThanOrEqual(7 * 3);
    // The benchmarks the pack has no value for: named as benchmarks, not as items, in one warning for the sheet.
    expect(kinds('基准值')).toEqual(new Set(['benchmark-values-missing/warning']));
    expect(problems.filter((p) => p.location.sheet === '基准值')).toHaveLength(1);
    expect(problems.find((p) => p.code === 'benchmark-values-missing')?.message).toMatch(
      /^基准值表有 \d+ 处没有填数值：.*省下达本市的 PM2\.5 年均浓度目标 [0-9、]*2020 年/,
    );
    const verbose = (
      JSON.parse((await qcc('validate', '填报-一项.xlsx', '--format', 'json', '--verbose')).stdout) as {
        problems: Found[];
      }
    ).problems;
    expect(new Set(verbose.filter((p) => p.location.sheet === '指标数据').map((p) => p.code))).toEqual(
      new Set(['value-missing']),
    );
    expect(verbose.map((p) => p.message)).toContain(
      '基准值 provincial-pm25-target（省下达本市的 PM2.5 年均浓度目标）2020 年没有填数值',
    );
    expect(verbose.length).toBeGreaterThan(problems.length * 5);
  });

  it('check reads the filled template: typed "100%" text counts, blanks are missing, the veto fails', () => {
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as {
      outcomes: { item: string; region: string; status: string }[];
      problems: { code: string }[];
    };
    const status = (key: string) => report.outcomes.find((o) => `${o.item}|${o.region}` === key)?.status;
    // Only the unset targets and the two cells left blank; every benchmark was typed in.
    expect(report.problems.filter((p) => p.code !== 'target-unset').map((p) => p.code)).toEqual([
      'value-missing',
      'value-missing',
    ]);
    expect(['6.3.2|江山市', '1.1.2|常山县', '4.1.1|龙游县', '8.1.6|衢州市', '3.3.4|衢州市'].map(status)).toEqual([
      'fail',
      'missing',
      'fail',
      'fail',
      'missing', // typed, but its target is the city's to set (unset)
    ]);
    expect(status('6.3.2|柯城区')).toBe('pass'); // typed as "100%"
    expect(status('8.1.4|衢州市')).toBe('pass'); // against the province's target typed into 基准值
  });

  it('writes the first gap list with one row per failing item and region', async () => {
    expect(round1.code).toBe(0);
    const list = rowsOf((await workbook(at('整改清单.xlsx'))).getWorksheet('整改清单'));
    expect(list.map((row) => row.key)).toEqual(expect.arrayContaining([...Object.keys(TYPED)]));
    // The veto item first: the incident reported by 龙游县 fails the city's row too.
    expect(list.slice(0, 2).map((row) => row.key)).toEqual(['4.1.1|衢州市', '4.1.1|龙游县']);
  });

  it('carries every typed note over to its row, found by item and region', async () => {
    expect(round2.code).toBe(0);
    const wb = await workbook(at('整改清单-第二轮.xlsx'));
    const list = rowsOf(wb.getWorksheet('整改清单'));
    const closed = rowsOf(wb.getWorksheet('已销号'));
    for (const [key, typed] of Object.entries(TYPED)) {
      const row = one(FIXED.includes(key) ? closed : list, key);
      for (const [header, value] of Object.entries(typed))
        expect(row.cells.get(header), `${key} ${header}`).toEqual(value);
    }
    const stillFailing = new Set(Object.keys(TYPED).filter((key) => !FIXED.includes(key)));
    expect(list.filter((row) => stillFailing.has(row.key))).toHaveLength(stillFailing.size);
  });

  it('keeps the hand-added column and its notes, in the list and in 已销号', async () => {
    const wb = await workbook(at('整改清单-第二轮.xlsx'));
    const rows = [...rowsOf(wb.getWorksheet('整改清单')), ...rowsOf(wb.getWorksheet('已销号'))];
    for (const [key, note] of Object.entries(ADDED)) expect(one(rows, key).cells.get(ADDED_COLUMN), key).toBe(note);
    const headers = wb.getWorksheet('整改清单')!.getRow(1).values as unknown[];
    expect(headers).toContain(ADDED_COLUMN);
  });

  it('moves exactly the two fixed items to 已销号, leaves 未匹配 empty, and says so', async () => {
    const wb = await workbook(at('整改清单-第二轮.xlsx'));
    const first = rowsOf((await workbook(at('整改清单.xlsx'))).getWorksheet('整改清单'));
    const list = rowsOf(wb.getWorksheet('整改清单'));
    const closed = rowsOf(wb.getWorksheet('已销号'));
    expect(closed.map((row) => row.key).sort()).toEqual([...FIXED].sort());
    expect(closed.map((row) => row.cells.get('本次状态'))).toEqual(['达标', '达标']);
    // 整改状态: 已销号, unless someone typed something other than 未启动 (6.3.2 was marked 已完成).
    expect(one(closed, '1.1.2|常山县').cells.get('整改状态')).toBe('已销号');
    expect(list.map((row) => row.key).sort()).toEqual(
      first
        .map((row) => row.key)
        .filter((key) => !FIXED.includes(key))
        .sort(),
    );
    expect(wb.getWorksheet('未匹配')).toBeDefined();
    expect(rowsOf(wb.getWorksheet('未匹配'))).toEqual([]);
    expect(round2.stderr).toContain('6 行沿用填写内容，2 行移入“已销号”，每一行都已对应上。');
    expect(round2.stderr).not.toContain('[gap-list-unmatched]');
  });

  it('rebuilds the department sheets the person deleted, and never touches the previous list', async () => {
    const wb = await workbook(at('整改清单-第二轮.xlsx'));
    expect((await workbook(at('整改清单-已填.xlsx'))).getWorksheet(DELETED_SHEET)).toBeUndefined();
    // 6.1.4 left blank; 6.3.6 filled and 8.1.5 (city and every county) not, but both targets are the city's to set.
    expect(rowsOf(wb.getWorksheet(DELETED_SHEET)).map((row) => row.key)).toEqual([
      '6.1.4|衢州市',
      '6.3.6|衢州市',
      ...['衢州市', '柯城区', '衢江区', '龙游县', '江山市', '常山县', '开化县'].map((region) => `8.1.5|${region}`),
    ]);
    expect(readFileSync(at('整改清单-已填.xlsx')).equals(previousBytes)).toBe(true);
  });
});
