// --quiet, --max-warnings and validate's --fail-on: what CI relies on for the exit code (README's exit codes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'qcc-warnings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PROFILE = ['--profile', fixture('sample/qcc.yaml')];
// One warning (a blank value), and one error (a value that is not a number).
writeFileSync(join(dir, 'warning.csv'), '地区,指标编号,年度,数值\n衢州市,6.3.1,2020,\n');
writeFileSync(join(dir, 'error.csv'), '地区,指标编号,年度,数值\n衢州市,6.3.1,2020,abc\n');

describe('qcc validate: --quiet, --max-warnings, --fail-on', () => {
  it.each<[string, string[], number, boolean]>([
    ['warning.csv', [], 0, true],
    ['warning.csv', ['--max-warnings', '0'], 1, true],
    ['warning.csv', ['--max-warnings', '1'], 0, true],
    ['warning.csv', ['--quiet'], 0, false],
    ['warning.csv', ['--quiet', '--max-warnings', '0'], 0, false],
    ['warning.csv', ['--fail-on', 'warning'], 1, true],
    ['warning.csv', ['--quiet', '--fail-on', 'warning'], 0, false],
    ['error.csv', [], 1, false],
    ['error.csv', ['--quiet'], 1, false],
    ['error.csv', ['--fail-on', 'none'], 0, false],
    ['error.csv', ['--fail-on', 'missing'], 1, false],
  ])('%s %j: exit %i, warning shown: %s', async (file, argv, code, warningShown) => {
    const run = await runCli(['validate', file, ...PROFILE, ...argv], { cwd: dir });
    expect(run.code).toBe(code);
    expect(run.stdout.includes('[value-missing]')).toBe(warningShown);
    if (file === 'error.csv') expect(run.stdout).toContain('[value-not-number]');
    // The counts then read 0 warnings: stderr says how many --quiet left out, so nobody signs "no warnings".
    const hidden = file === 'warning.csv' && argv.includes('--quiet');
    expect(run.stderr.includes('注：按 --quiet 省略了 1 个警告')).toBe(hidden);
    // Every file here has a problem: the summary line never calls them clean, --quiet or not.
    expect(run.stdout).not.toContain('没有发现问题');
  });

  it.each([['x'], ['-1'], ['1.5']])('--max-warnings %s is a usage error (exit 2)', async (value) => {
    const run = await runCli(['validate', 'warning.csv', ...PROFILE, '--max-warnings', value], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--max-warnings 的值 ${value} 无效`);
  });
});

describe('qcc check: --quiet and --max-warnings', () => {
  // The sample's report has only warnings among its problems; --fail-on none leaves the exit to --max-warnings.
  const check = (argv: string[]) =>
    runCli(['check', '--date', '2020-12-15', '--fail-on', 'none', '--format', 'json', ...argv], {
      cwd: fixture('sample'),
    });
  const warnings = async (argv: string[]) => {
    const run = await check(argv);
    const report = JSON.parse(run.stdout) as { problems: { severity: string }[] };
    return { code: run.code, warnings: report.problems.filter((p) => p.severity === 'warning').length };
  };

  it('over --max-warnings is exit 1, as many is 0; --quiet leaves warnings out of report and count', async () => {
    const all = await warnings([]);
    expect(all.warnings).toBeGreaterThan(0);
    expect(all.code).toBe(0);
    expect((await warnings(['--max-warnings', String(all.warnings - 1)])).code).toBe(1);
    expect((await warnings(['--max-warnings', String(all.warnings)])).code).toBe(0);
    expect(await warnings(['--quiet', '--max-warnings', '0'])).toEqual({ code: 0, warnings: 0 });
  });

  it.each(['table', 'markdown', 'html'])(
    '--quiet --format %s: the report a person reads keeps the true count of warnings; stderr lists none',
    async (format) => {
      const all = await warnings([]);
      const run = await runCli(['check', '--date', '2020-12-15', '--fail-on', 'none', '--quiet', '--format', format], {
        cwd: fixture('sample'),
      });
      expect(run.stdout).toContain(`0 个错误，${all.warnings} 个警告`);
      expect(run.stderr).not.toMatch(/警告 {2}/);
      expect(run.stderr).toContain(`注：按 --quiet 省略了 ${all.warnings} 个警告`);
    },
  );
});
