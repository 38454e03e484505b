// `qcc diff before.json after.json`: progress between two self-checks, in each format, with its exit codes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** In a folder, on 2021-03-01 (so that the default evaluation year is 2020). */
const runQcc = (argv: string[], cwd: string) => runCli(argv, { cwd, today: '2021-03-01' });

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/gaps');
const BEFORE = join(FIXTURES, 'report-2020.json');
const AFTER = join(FIXTURES, 'report-2020-recheck.json');

describe('qcc diff', () => {
  it('prints the table and exits 1 when an outcome newly fails', async () => {
    const run = await runQcc(['diff', BEFORE, AFTER], FIXTURES);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('得分：12.32 → 13.99（+1.67）');
    expect(run.stdout).toContain('新不达标 1 项');
    expect(run.stderr).toBe('');
  });

  it('exits 0 when nothing newly fails', async () => {
    const run = await runQcc(['diff', BEFORE, BEFORE, '--format', 'markdown'], FIXTURES);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## 新达标 0 项');
  });

  it('writes JSON with the stable schema name to -o', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-diff-'));
    const run = await runQcc(['diff', BEFORE, AFTER, '--format', 'json', '-o', 'diff.json'], dir);
    expect(run.stdout).toBe('');
    const diff = JSON.parse(readFileSync(join(dir, 'diff.json'), 'utf8'));
    expect(diff).toMatchObject({ schema: 'qcc/diff@1', scoreChange: '1.67' });
    expect(diff.newlyMet.map((e: { item: string }) => e.item)).toEqual(['1.1.1', '6.3.1']);
  });

  it.each([
    { name: 'a missing file', content: undefined, code: 'file-unreadable' },
    { name: 'a file that is not JSON', content: '{ not json', code: 'report-not-json' },
    { name: 'JSON that is not a report', content: '{"schema":"qcc/validation@1"}', code: 'report-wrong-schema' },
  ])('exits 2 for $name, naming the file', async ({ content, code }) => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-diff-'));
    if (content !== undefined) writeFileSync(join(dir, 'bad.json'), content);
    const run = await runQcc(['diff', 'bad.json', AFTER], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.json');
    expect(run.stderr).toContain(`[${code}]`);
  });

  it('refuses a format it does not have', async () => {
    expect((await runQcc(['diff', BEFORE, AFTER, '--format', 'xlsx'], FIXTURES)).code).toBe(2);
  });
});
