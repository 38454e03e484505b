// `qcc check --format html --previous old.json`: the page says what changed since; a previous report that cannot be
// read stops the run with its problem, and --previous with another format says to use qcc diff.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';

const SAMPLE = fixture('sample');
const CHECK = ['check', '--date', '2020-12-15'];

describe('check --previous', () => {
  it('adds 与上次相比 to the html report', async () => {
    const run = await runCli([...CHECK, '--format', 'html', '--previous', fixture('reports/sample-report.json')], {
      cwd: SAMPLE,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<h2>与上次相比</h2>');
    expect(run.stdout).toMatch(/<h3>新达标 \d+ 项<\/h3>/);
  });

  it.each([
    { name: 'a missing file', content: undefined, says: '无法读取' },
    { name: 'a file that is not JSON', content: '这不是 JSON', says: 'JSON' },
    { name: 'JSON that is not a report', content: '{"schema":"x"}', says: 'qcc/report@1' },
  ])('stops on $name, naming it', async ({ content, says }) => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-previous-'));
    const file = join(dir, '上次.json');
    if (content !== undefined) writeFileSync(file, content);
    const run = await runCli([...CHECK, '--format', 'html', '--previous', file], { cwd: SAMPLE });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('上次.json');
    expect(run.stderr).toContain(says);
  });

  it('is for the html format only', async () => {
    const run = await runCli([...CHECK, '--previous', fixture('reports/sample-report.json')], { cwd: SAMPLE });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--previous 只用于 --format html');
  });
});
