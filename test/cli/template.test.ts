// `qcc template`: writes the data-entry workbook for the profile's city, districts and years.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/run-cli.js';

/** In a folder, on 2021-03-01 (so that the default evaluation year is 2020). */
const runQcc = (argv: string[], cwd: string) => runCli(argv, { cwd, today: '2021-03-01' });

const MINI = resolve(import.meta.dirname, '../../fixtures/packs/mini');

function folder(profile?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-template-'));
  if (profile !== undefined) writeFileSync(join(dir, 'qcc.yaml'), profile);
  return dir;
}

async function sheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb.getWorksheet(name)!;
}

describe('qcc template', () => {
  it('writes the template for the profile regions and year', async () => {
    const dir = folder(`pack: ${MINI}\ncity: 衢州市\ndistricts: [柯城区, 开化县]\nyear: 2020\n`);
    const run = await runQcc(['template', '-o', '填报模板.xlsx'], dir);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain('已生成 填报模板.xlsx');
    expect(run.stderr).toContain('2018、2019、2020');
    const data = await sheet(join(dir, '填报模板.xlsx'), '指标数据');
    const regions = new Set(data.getColumn(1).values.slice(2));
    expect(regions).toEqual(new Set(['衢州市', '柯城区', '开化县']));
    expect(new Set(data.getColumn(4).values.slice(2))).toEqual(new Set([2018, 2019, 2020]));
  });

  it('takes --year and --years', async () => {
    const dir = folder(`pack: ${MINI}\ncity: 衢州市\n`);
    const run = await runQcc(['template', '--year', '2022', '--years', '4', '-o', 't.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(new Set((await sheet(join(dir, 't.xlsx'), '指标数据')).getColumn(4).values.slice(2))).toEqual(
      new Set([2019, 2020, 2021, 2022]),
    );
  });

  it('warns when the profile has no city and writes a placeholder region', async () => {
    const dir = folder();
    const run = await runQcc(['template', '--pack', MINI, '-o', 't.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('自查配置中没有 city');
    expect((await sheet(join(dir, 't.xlsx'), '指标数据')).getRow(2).getCell(1).value).toBe('本市');
    // Without a profile year: the year before today's (2021-03-01 in these tests).
    expect((await sheet(join(dir, 't.xlsx'), '指标数据')).getRow(2).getCell(4).value).toBe(2020);
  });

  it('writes one county its own rows with --region, and refuses a region the profile does not have', async () => {
    const dir = folder(`pack: ${MINI}\ncity: 衢州市\ndistricts: [柯城区, 开化县]\nyear: 2020\n`);
    const run = await runQcc(['template', '--region', '开化县', '-o', 'k.xlsx'], dir);
    expect(run.code).toBe(0);
    // The county's rows are all for 2020 (the trend items needing earlier years are the city's): the message says so.
    expect(run.stderr).toContain('已生成 k.xlsx：2 行待填报数据（2020 年）。');
    const data = await sheet(join(dir, 'k.xlsx'), '指标数据');
    expect(new Set(data.getColumn(1).values.slice(2))).toEqual(new Set(['开化县']));
    expect(data.getColumn(2).values.slice(2)).toEqual(['6.3.1', '6.3.2']);
    // Benchmarks are the city's to supply: a county's template has none to fill in.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'k.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['填报说明', '指标数据']);
    const bad = await runQcc(['template', '--region', '开化', '-o', 'x.xlsx'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('[template-unknown-region]');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('needs -o (a workbook does not go to the terminal)', async () => {
    const dir = folder();
    const run = await runQcc(['template', '--pack', MINI], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('-o');
  });

  it('exits 2 for a pack that does not exist', async () => {
    const dir = folder();
    const run = await runQcc(['template', '--pack', 'no-such-pack', '-o', 't.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 't.xlsx'))).toBe(false);
  });
});
