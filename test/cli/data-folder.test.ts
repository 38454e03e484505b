// The data folder as a city keeps it: qcc's own template and gap list lying beside the data must not change the result.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';
import { typeInto } from '../helpers/fill-template.js';

const summary = async (cwd: string) => {
  const run = await runCli(['check', '--date', '2020-12-15', '--format', 'json', '--fail-on', 'none'], { cwd });
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  return {
    score: report.summary.score,
    grade: report.summary.grade,
    verdict: report.summary.verdict,
    counts: report.summary.counts,
  };
};

describe('a data folder with qcc outputs in it', () => {
  it('gives the same result with a blank template and a gap list beside the data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-folder-'));
    cpSync(fixture('sample'), dir, { recursive: true });
    const before = await summary(dir);
    expect((await runCli(['template', '-o', '填报模板.xlsx'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['gaps', '--date', '2020-12-15', '-o', '整改清单.xlsx'], { cwd: dir })).code).toBe(0);
    expect(await summary(dir)).toEqual(before);
    expect(before).toMatchObject({ grade: 'A', verdict: 'pass' });
    // The template's blank rows say nothing about values another file supplies, and two blanks are no repetition.
    const validate = await runCli(['validate', '.'], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(validate.stderr + validate.stdout).not.toMatch(/provincial-gdp-growth.*\[benchmark-value-missing\]/);
    expect(validate.stderr + validate.stdout).not.toContain('[record-repeated]');
  });
});

describe('the gap list of the sample city', () => {
  it('says each gap once (a missing value is not "未填报：未填报")', async () => {
    const run = await runCli(['gaps', '--date', '2020-12-15', '--format', 'csv'], { cwd: fixture('sample') });
    expect(run.code).toBe(0);
    const cells = run.stdout.split(/\r?\n/).flatMap((line) => line.split(','));
    const repeated = cells.filter((cell) => {
      const [a, b] = cell.replace(/^"|"$/g, '').split('：');
      return a !== undefined && a === b;
    });
    expect(cells.some((c) => c.includes('未填报'))).toBe(true);
    expect(repeated).toEqual([]);
  });
});

describe('data: in qcc.yaml', () => {
  const dir = fixture('scenarios/data-setting');

  it('is what gaps and explain read when no files are named (not the blank template beside qcc.yaml)', async () => {
    const gaps = await runCli(['gaps', '--date', '2020-12-15', '--format', 'csv'], { cwd: dir });
    expect(gaps.code).toBe(0);
    expect(gaps.stderr).toBe('');
    const explain = await runCli(['explain', '1.2.1', '--date', '2020-12-15'], { cwd: dir });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('2020 年  2.1  报送/指标数据.csv:5:4');
  });

  it('gives way to files named on the command line', async () => {
    const run = await runCli(['check', '--date', '2020-12-15', '--format', 'json', '填报模板.xlsx'], { cwd: dir });
    // Named explicitly, the blank template is still not data: one note, and nothing left to check.
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '已跳过 填报模板.xlsx：这是 qcc 生成的填报模板（还没有填写任何数值），不是报送数据  [input-written-by-qcc]',
    );
  });

  it('validate takes a glob quoted for qcc to expand', async () => {
    const run = await runCli(['validate', '报送/*.csv', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ files: 1, errors: 0, warnings: 0 });
  });
});

describe('workbooks qcc wrote', () => {
  const work = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-written-'));
    cpSync(fixture('scenarios/data-setting'), dir, { recursive: true });
    const profile = join(dir, 'qcc.yaml');
    writeFileSync(
      profile,
      readFileSync(profile, 'utf8').replace('../../packs/mini', JSON.stringify(fixture('packs/mini'))),
    );
    expect((await runCli(['gaps', '--date', '2020-12-15', '-o', '开化县-本周要办.xlsx'], { cwd: dir })).code).toBe(0);
    return dir;
  };

  it('a gap list is never data, whatever it is called and however it is named: one note each', async () => {
    const dir = await work();
    const alone = await runCli(['validate', '开化县-本周要办.xlsx'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stdout.match(/\[input-written-by-qcc\]/g)).toHaveLength(1);
    expect(alone.stdout).toContain('已跳过 开化县-本周要办.xlsx：这是 qcc 生成的整改清单，不是报送数据');
    const beside = await runCli(['validate', '开化县-本周要办.xlsx', '报送/'], { cwd: dir });
    expect(beside.code).toBe(0);
    expect(beside.stdout).toContain('1 个文件');
  });

  it('a template with only a 基准值 typed in (other than the pack’s) is data', async () => {
    const dir = await work();
    const bytes = await typeInto(
      readFileSync(join(dir, '填报模板.xlsx')),
      '基准值',
      (cells) => cells[2] === 2020, // 基准编号, 基准名称, 年度
      'D',
      0.19,
    );
    mkdirSync(join(dir, '市局'));
    writeFileSync(join(dir, '市局', '基准值.xlsx'), bytes);
    const run = await runCli(['validate', '市局/', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { summary: { files: number }; problems: { code: string }[] };
    expect(result.summary.files).toBe(1);
    expect(result.problems.map((p) => p.code)).not.toContain('input-written-by-qcc');
  });
});
