// Wrong option values and an invalid profile stop the run with exit 2 and a message that says what to write instead.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';

const SAMPLE = fixture('sample');

describe('usage errors of check, explain and gaps', () => {
  it.each([
    [['check', '--year', 'abc'], '考核年度 abc 无效，请写四位年份'],
    [['check', '--year', '1999.5'], '考核年度 1999.5 无效'],
    [['check', '--date', '2020-02-30'], '日期 2020-02-30 无效'],
    [['check', '--region', '杭州市'], '地区 杭州市 不是本市，也不在自查配置的 districts 中；可选：衢州市、柯城区'],
    [['check', '--evidence-dir', 'no-such-folder'], '找不到佐证材料文件夹 no-such-folder'],
    [['explain', '6.3.1', '--region', '杭州'], '地区 杭州 不是本市'],
    [['gaps', '--year', '20', '-o', 'x.xlsx'], '考核年度 20 无效'],
  ])('%j exits 2', async (argv, message) => {
    const run = await runCli(argv, { cwd: SAMPLE });
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('an invalid profile stops the check before any report (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-usage-'));
    writeFileSync(
      join(dir, 'qcc.yaml'),
      'city: 衢州市\ndistricts: [柯城区]\nwaivers:\n  - { item: "9.9.9", reason: 示例, approver: 办公室, expires: 2020-12-31 }\n',
    );
    const run = await runCli(['check', SAMPLE], { cwd: dir });
    expect(run.stderr).toContain('qcc.yaml:4:13 (waivers[0].item)  错误  自查配置引用了不存在的考核项 9.9.9');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });
});

describe('--region is checked once, against the city and districts the run knows', () => {
  it('a profile without regions: the city the data names is the choice, said as a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-region-'));
    writeFileSync(join(dir, 'qcc.yaml'), 'pack: quality-city\n');
    writeFileSync(join(dir, 'data.csv'), '地区,指标编号,年度,数值\r\n衢州市,1.1.1,2020,是\r\n');
    const wrong = await runCli(['check', '--region', '杭州', '--date', '2020-12-15'], { cwd: dir });
    expect(wrong.stderr).toBe('qcc: 地区 杭州 不是本市，也不在自查配置的 districts 中；可选：衢州市。\n');
    expect(wrong.stdout).toBe('');
    expect(wrong.code).toBe(2);
    const right = await runCli(['check', '--region', '衢州市', '--date', '2020-12-15', '--format', 'json'], {
      cwd: dir,
    });
    expect(JSON.parse(right.stdout).region).toBe('衢州市');
  });
});

describe('a profile with mistakes of both kinds', () => {
  it('reports the shape mistake and the meaning mistake in one run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-usage-'));
    writeFileSync(join(dir, 'qcc.yaml'), 'city: 衢州市\ndistrict: [柯城区]\nnot_applicable:\n  "9.9.9": 示例\n');
    const run = await runCli(['check', SAMPLE], { cwd: dir });
    expect(run.stderr).toContain('[schema-unknown-key]');
    expect(run.stderr).toContain('[profile-unknown-item]');
    expect(run.code).toBe(2);
  });
});

describe('files that cannot be read are named in plain words', () => {
  it.each([
    [
      ['gaps', '--date', '2020-12-15', '--previous', 'nowhere.xlsx', '-o', 'x.xlsx'],
      'nowhere.xlsx  错误  无法读取文件：找不到文件 nowhere.xlsx',
    ],
    [
      ['gaps', '--date', '2020-12-15', '--previous', 'returned/renamed-csv.xlsx', '-o', 'x.xlsx'],
      '无法作为 xlsx 工作簿读取：文件内容不是 xlsx 格式（可能是 .xls、.csv 或改了扩展名的文件）',
    ],
    [['rules', 'list', '--profile', 'missing.yaml'], '找不到自查配置文件 missing.yaml'],
  ])('%j', async (argv, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-unreadable-'));
    writeFileSync(join(dir, 'qcc.yaml'), `pack: quality-city\ncity: 衢州市\ndistricts: [柯城区]\n`);
    writeFileSync(join(dir, 'data.csv'), '地区,指标编号,年度,数值\r\n衢州市,1.1.1,2020,是\r\n');
    mkdirSync(join(dir, 'returned'));
    writeFileSync(join(dir, 'returned', 'renamed-csv.xlsx'), '地区,指标编号\r\n');
    const run = await runCli(argv, { cwd: dir });
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/ENOENT|stuk\.github|central directory/);
    expect(run.code).toBe(2);
  });
});
