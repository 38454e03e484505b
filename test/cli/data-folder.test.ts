// The data folder as a city keeps it: qcc's own template and gap list lying beside the data must not change the result.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';

const summary = async (cwd: string) => {
  const run = await runCli(['check', '--date', '2020-12-15', '--format', 'json', '--fail-on', 'none'], { cwd });
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  return { score: report.summary.score, grade: report.summary.grade, verdict: report.summary.verdict, counts: report.summary.counts };
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
