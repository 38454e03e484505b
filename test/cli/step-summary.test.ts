// GitHub's job summary: with GITHUB_STEP_SUMMARY set, check and validate append a short Markdown summary to that
// file (never replacing what earlier steps wrote); a file that cannot be written is a warning, not a failure.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { checkStepSummary, validationStepSummary } from '../../src/report/step-summary.js';
import { fixture, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleReport } from '../report/formatters/sample.js';

const temp = mkdtempSync(join(tmpdir(), 'qcc-step-summary-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const CHECK = ['check', '--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', '--fail-on', 'none'];
const VALIDATE = ['validate', 'mistakes.xlsx'];
/** validate runs in fixtures/data, beside the qcc.yaml whose regions mistakes.xlsx is made against. */
const DATA = fixture('data');
const EARLIER = '## Build\n\nTests passed.\n';

function summaryFile(name: string): string {
  const file = join(temp, name);
  writeFileSync(file, EARLIER);
  return file;
}

const env = (file: string, cwd = DATA) => ({ env: { LANG: 'zh_CN.UTF-8', GITHUB_STEP_SUMMARY: file }, cwd });
const tableRows = (section: string) => section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 位置'));

describe('GITHUB_STEP_SUMMARY', () => {
  it('check appends the verdict, the counts and the first ten gaps after what earlier steps wrote', async () => {
    const file = summaryFile('check.md');
    const run = await runCli(CHECK, env(file, ROOT));
    const plain = await runCli(CHECK, { cwd: ROOT });
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(plain.stdout);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`${EARLIER}### qcc 自查：衢州市 2020 年度自查报告\n`)).toBe(true);
    expect(text).toContain('**自查结论：达标，得分 93.12 / 100，等级 A**');
    expect(text).toContain('未达标的考核项 22 项；数据问题 0 个错误，7 个警告。');
    const [, gaps, problems] = text.split('#### ');
    expect(gaps!.split('\n')[0]).toBe('未达标的考核项（列出 10 项，共 22 项）');
    expect(tableRows(gaps!)).toHaveLength(1 + 10);
    expect(gaps).toContain('| 3.3.4 名牌产品销售产值占规上企业销售产值比重 | 衢州市 | 不达标 | 还差 16.8 个百分点 |');
    expect(gaps).toContain('fixtures/sample/衢州市-质量强市办.xlsx › 指标数据!E130');
    expect(problems).toContain(
      '| fixtures/sample/市住建局-工程质量指标导出.csv:13:5 | 警告 | 考核项 6.1.4 没有填数值 | value-missing |',
    );
  });

  it('validate appends the counts and the first ten problems, errors first; a second run appends again', async () => {
    const file = summaryFile('validate.md');
    const first = await runCli(VALIDATE, env(file));
    expect(first.code).toBe(1);
    const once = readFileSync(file, 'utf8');
    expect(once.startsWith(`${EARLIER}### qcc 数据检查\n\n**1 个文件，13 条数据，14 个错误，5 个警告**\n`)).toBe(true);
    const rows = tableRows(once.split('#### ')[1]!);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.includes('| 错误 |'))).toBe(true);
    expect(rows[0]).toBe(
      '| mistakes.xlsx › 基准值!A2 | 错误 | 规则包中没有基准值 national-special-equipment-deathrate | benchmark-unknown |',
    );
    await runCli(VALIDATE, env(file));
    expect(readFileSync(file, 'utf8')).toBe(once + once.slice(EARLIER.length));
  });

  it('in English with --lang en', async () => {
    const file = summaryFile('en.md');
    await runCli([...VALIDATE, '--lang', 'en'], env(file));
    expect(readFileSync(file, 'utf8')).toContain(
      '### qcc data validation\n\n**1 file, 13 records, 14 errors, 5 warnings**',
    );
  });

  it('creates the file when GitHub has not yet', async () => {
    const file = join(temp, 'new.md');
    await runCli(VALIDATE, env(file));
    expect(readFileSync(file, 'utf8').startsWith('### qcc 数据检查')).toBe(true);
  });

  it('a summary file that cannot be written is a warning on stderr; output and exit code stay', async () => {
    const folder = join(temp, 'a-folder');
    mkdirSync(folder);
    const run = await runCli(VALIDATE, env(folder));
    const plain = await runCli(VALIDATE, { cwd: DATA });
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toBe(
      `${plain.stderr}警告：无法把摘要追加到 GITHUB_STEP_SUMMARY 所指的文件 ${folder}（EISDIR）；检查结果不受影响。请检查该环境变量和文件的写入权限。\n`,
    );
  });

  it('without GITHUB_STEP_SUMMARY nothing is written', async () => {
    const run = await runCli(VALIDATE, { cwd: temp });
    expect(run.stderr).not.toContain('GITHUB_STEP_SUMMARY');
  });
});

describe('step summary Markdown', () => {
  const tr = translator('zh');

  it('escapes | and < from data files so a table row stays one row', () => {
    const report = sampleReport();
    const o = report.outcomes.find((x) => x.status === 'fail')!;
    o.title = 'A | B <script>';
    const text = checkStepSummary(report, tr);
    expect(text).toContain(`| ${o.item} A \\| B &lt;script> |`);
  });

  it('a clean validation says so and has no table', () => {
    const text = validationStepSummary({ inputs: [], files: ['a.csv'], records: 2, problems: [] }, tr);
    expect(text).toBe('### qcc 数据检查\n\n**1 个文件，2 条数据，0 个错误，0 个警告** 没有发现问题。\n\n');
  });
});
