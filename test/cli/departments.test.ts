// Issue 11: qcc.yaml departments: gives the pack's generic departments their local names everywhere a clerk reads
// them, and a gap list returned with either name still matches; the phases follow the profile's year.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/run-cli.js';

const BASE = 'pack: quality-city\ncity: 台州市\ndistricts: [椒江区, 黄岩区]\nyear: 2024\n';
const LOCAL = `${BASE}departments:\n  海关: 台州海关\n  市银保监分局: 台州金融监管分局\n`;
const DATA = '地区,指标编号,年度,数值,单位\n台州市,1.1.1,2024,是,\n';

function folder(profile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-departments-'));
  writeFileSync(join(dir, 'qcc.yaml'), profile);
  writeFileSync(join(dir, '报送.csv'), DATA);
  return dir;
}
const qcc = (dir: string, ...argv: string[]) => runCli(argv, { cwd: dir, today: '2025-01-10' });

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** Cells of a sheet by header, for the row of one item and region. */
function rowOf(ws: ExcelJS.Worksheet, item: string, region: string, itemHeader = '考核项编号'): Map<string, string> {
  const headers = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''));
  for (let r = 2; r <= ws.rowCount; r += 1) {
    const values = Array.from(ws.getRow(r).values as unknown[], (v) => String(v ?? ''));
    const cells = new Map(headers.map((h, i) => [h, values[i] ?? '']));
    if (cells.get(itemHeader) === item && cells.get('地区') === region) return cells;
  }
  throw new Error(`no row ${item} ${region} on ${ws.name}`);
}

/** Rewrites one cell of the main list and of every department sheet, as a clerk editing the list would. */
async function rewrite(file: string, item: string, header: string, value: string): Promise<void> {
  const wb = await workbook(file);
  for (const ws of wb.worksheets) {
    const headers = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''));
    const col = headers.indexOf(header);
    if (col < 0) continue;
    ws.eachRow((row, r) => {
      if (r > 1 && String(row.getCell(headers.indexOf('考核项编号')).value) === item) row.getCell(col).value = value;
    });
  }
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('qcc.yaml departments: (local names)', () => {
  it('shows the local name in check (json, markdown), explain, rules show and the template', async () => {
    const dir = folder(LOCAL);
    const json = await qcc(dir, 'check', '--format', 'json');
    const outcomes = (JSON.parse(json.stdout) as { outcomes: { item: string; lead: string; support: string[] }[] })
      .outcomes;
    expect(outcomes.find((o) => o.item === '4.1.2')?.lead).toBe('台州海关');
    expect(outcomes.find((o) => o.item === '4.1.1')?.support).toContain('台州海关');
    expect(JSON.stringify(outcomes)).not.toContain('属地海关');
    expect((await qcc(dir, 'check', '--format', 'markdown')).stdout).toContain('台州海关');
    expect((await qcc(dir, 'explain', '4.1.2')).stdout).toContain('台州海关');
    const show = await qcc(dir, 'rules', 'show', '4.1.2');
    expect(show.stdout).toContain('牵头单位：台州海关（推定；规则包中为 属地海关）');
    expect(show.stdout).toContain('分工说明：方案的任务分工（附件2）未公开');
    expect((await qcc(dir, 'template', '-o', '模板.xlsx')).code).toBe(0);
    const sheet = (await workbook(join(dir, '模板.xlsx'))).getWorksheet('指标数据')!;
    expect(rowOf(sheet, '4.1.2', '台州市', '指标编号').get('填报单位')).toBe('台州海关');
  });

  it('reads a data file whose 填报单位 uses the pack name or an alias like one using the local name', async () => {
    const dir = folder(LOCAL);
    writeFileSync(
      join(dir, '报送.csv'),
      '地区,指标编号,年度,数值,单位,填报单位\n台州市,4.1.2,2024,1,个,属地海关\n台州市,4.1.4,2024,是,,海关\n' +
        '台州市,5.2.4,2024,是,,台州海关\n',
    );
    const run = await qcc(dir, 'check', '--format', 'json');
    const report = JSON.parse(run.stdout) as {
      problems: { location: { file: string } }[];
      outcomes: { item: string; region: string; status: string }[];
    };
    expect(report.problems.filter((p) => p.location.file === '报送.csv')).toEqual([]);
    const status = (item: string) => report.outcomes.find((o) => o.item === item && o.region === '台州市')?.status;
    // Each value was read (the yes-no items fail only for want of evidence documents).
    for (const item of ['4.1.2', '4.1.4', '5.2.4']) expect(['pass', 'fail'], item).toContain(status(item));
    expect(status('4.1.2')).toBe('pass');
  });

  it('without a mapping, rules show labels the generic lead as inferred', async () => {
    const show = await qcc(folder(BASE), 'rules', 'show', '4.1.2');
    expect(show.stdout).toContain('牵头单位：属地海关（推定）\n');
  });

  it('names gap-list sheets and 牵头单位 by the local name, and says the phases and the division of work', async () => {
    const dir = folder(LOCAL);
    expect((await qcc(dir, 'gaps', '报送.csv', '-o', '整改清单.xlsx')).code).toBe(0);
    const wb = await workbook(join(dir, '整改清单.xlsx'));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('台州海关');
    expect(names).not.toContain('属地海关');
    expect(rowOf(wb.getWorksheet('台州海关')!, '4.1.2', '台州市').get('牵头单位')).toBe('台州海关');
    const about = new Map<string, string>();
    wb.getWorksheet('说明')!.eachRow((row) => about.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    // Counted from the profile's year 2024, not the plan's 2020.
    expect(about.get('创建阶段')).toContain('整改提升阶段 2024年9月—12月');
    expect(about.get('创建阶段')).toContain('动员部署阶段 2022年5月');
    expect(about.get('牵头和配合单位')).toContain('qcc.yaml 的 departments');
  });

  it('takes the months the profile sets for a phase', async () => {
    const dir = folder(`${LOCAL}phases:\n  rectify: { from: 2024-06, to: 2024-11 }\n`);
    expect((await qcc(dir, 'gaps', '报送.csv', '-o', '整改清单.xlsx')).code).toBe(0);
    const about = new Map<string, string>();
    (await workbook(join(dir, '整改清单.xlsx')))
      .getWorksheet('说明')!
      .eachRow((row) => about.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(about.get('创建阶段')).toContain('整改提升阶段 2024年6月—11月');
    expect((await qcc(dir, 'rules', 'list')).stdout).toContain('  整改提升阶段 2024年6月—11月');
  });

  it('matches a returned gap list written with the pack name or an alias, and keeps a real reassignment', async () => {
    // Round 1 without the mapping: the list says 属地海关.
    const dir = folder(BASE);
    expect((await qcc(dir, 'gaps', '报送.csv', '-o', '清单1.xlsx')).code).toBe(0);
    // A clerk writes 海关 (an alias) for 5.2.1 and hands 5.2.4 to 市市场监管局.
    await rewrite(join(dir, '清单1.xlsx'), '5.2.1', '牵头单位', '海关');
    await rewrite(join(dir, '清单1.xlsx'), '5.2.4', '牵头单位', '市场监管局');
    // Round 2 with the mapping: every name of the customs office is the one department 台州海关.
    writeFileSync(join(dir, 'qcc.yaml'), LOCAL);
    const run = await qcc(dir, 'gaps', '报送.csv', '--previous', '清单1.xlsx', '-o', '清单2.xlsx');
    expect(run.code).toBe(0);
    const wb = await workbook(join(dir, '清单2.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).not.toContain('属地海关');
    const list = wb.getWorksheet('整改清单')!;
    expect(rowOf(list, '4.1.2', '台州市').get('牵头单位')).toBe('台州海关');
    expect(rowOf(list, '5.2.1', '台州市').get('牵头单位')).toBe('台州海关');
    expect(rowOf(list, '4.1.1', '台州市').get('配合单位')).toContain('台州海关');
    // The reassignment is a person's decision: kept, under the department's name, on its sheet.
    expect(rowOf(list, '5.2.4', '台州市').get('牵头单位')).toBe('市市场监管局');
    expect(rowOf(wb.getWorksheet('市市场监管局')!, '5.2.4', '台州市').get('牵头单位')).toBe('市市场监管局');
    // Round 3, the list returned with the local names: nothing moves.
    const again = await qcc(dir, 'gaps', '报送.csv', '--previous', '清单2.xlsx', '-o', '清单3.xlsx');
    expect(again.code).toBe(0);
    const third = (await workbook(join(dir, '清单3.xlsx'))).getWorksheet('整改清单')!;
    expect(rowOf(third, '4.1.2', '台州市').get('牵头单位')).toBe('台州海关');
    expect(rowOf(third, '5.2.4', '台州市').get('牵头单位')).toBe('市市场监管局');
  });
});

describe('qcc.yaml departments: and phases: mistakes', () => {
  it.each([
    [
      'an unknown department, with the nearest name',
      `${BASE}departments:\n  属地海管: 台州海关\n`,
      'profile-unknown-department',
      'qcc.yaml:6:3',
      '是不是 属地海关',
    ],
    [
      'one department named twice',
      `${BASE}departments:\n  海关: 台州海关\n  属地海关: 台州海关\n`,
      'profile-department-twice',
      'qcc.yaml:7:3',
      '只写一项',
    ],
    [
      'two departments given one local name',
      `${BASE}departments:\n  市住建局: 台州市建设局\n  市交通运输局: 台州市建设局\n`,
      'profile-department-clash',
      'qcc.yaml:7:11',
      '不同的名称',
    ],
    [
      'a local name that is another department',
      `${BASE}departments:\n  市银保监分局: 市场监管局\n`,
      'profile-department-clash',
      'qcc.yaml:6:11',
      '不同的名称',
    ],
    [
      'an unknown phase, with the nearest id',
      `${BASE}phases:\n  rectfy: { from: 2024-09, to: 2024-12 }\n`,
      'profile-unknown-phase',
      'qcc.yaml:6:3',
      '是不是 rectify',
    ],
    [
      'a phase that ends before it starts',
      `${BASE}phases:\n  rectify: { from: 2024-12, to: 2024-09 }\n`,
      'profile-phase-order',
      'qcc.yaml:6:12',
      'YYYY-MM',
    ],
  ])('%s is a profile problem with its place (exit 2)', async (_what, profile, code, where, hint) => {
    const run = await qcc(folder(profile), 'check');
    expect(run.code).toBe(2);
    const line = run.stderr.split('\n').find((l) => l.includes(`[${code}]`));
    expect(line, run.stderr).toMatch(new RegExp(`^${where} `));
    expect(run.stderr).toContain(hint);
  });
});
