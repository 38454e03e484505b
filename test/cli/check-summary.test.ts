// `qcc check --summary` through the built CLI in a child process: what a leader reads, verdict first, then only the
// items not met.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { childEnv } from '../helpers/child-env.js';

describe('qcc check --summary (built CLI)', () => {
  let stdout = '';
  let status: number | null = null;
  let outcomes: { item: string; status: string }[] = [];
  const qcc = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['bin/qcc.js', 'check', '--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', ...args],
      { cwd: ROOT, env: childEnv({ COLUMNS: '100' }), encoding: 'utf8' },
    );
  beforeAll(() => {
    const run = qcc('--summary');
    stdout = run.stdout;
    status = run.status;
    // The same run's full report says which items are not met.
    outcomes = (JSON.parse(qcc('--format', 'json').stdout) as { outcomes: typeof outcomes }).outcomes;
  });

  it('exits 1 as check does when items are not met', () => {
    expect(status).toBe(1);
  });

  it('says the verdict before anything else but the title', () => {
    const lines = stdout.split('\n');
    const verdict = lines.findIndex((l) => l.includes('结论：'));
    expect(verdict).toBeGreaterThan(0);
    expect(verdict).toBeLessThan(lines.findIndex((l) => l.includes('各领域得分')));
    expect(verdict).toBeLessThan(lines.findIndex((l) => l.startsWith('│')));
  });

  it('lists the items not met and no item that is met', () => {
    const part = stdout.slice(stdout.indexOf('未达标的考核项'));
    const ids = new Set([...part.matchAll(/^│ (\d+\.\d+\.\d+) /gm)].map((m) => m[1]));
    const notMet = new Set(
      outcomes.filter((o) => ['fail', 'missing', 'invalid'].includes(o.status)).map((o) => o.item),
    );
    expect([...ids].sort()).toEqual([...notMet].sort());
    expect(stdout).not.toContain('明细');
  });
});

describe('qcc check on a terminal-like stream (stdout and stderr together, as a person sees them)', () => {
  it('opens with the report, verdict first; the data problems follow it', () => {
    const run = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/qcc.js check --profile fixtures/sample/qcc.yaml --date 2020-12-15 2>&1`],
      { cwd: ROOT, env: childEnv({ COLUMNS: '100' }), encoding: 'utf8' },
    );
    const text = run.stdout;
    expect(text.split('\n')[0]).toBe('衢州市 2020 年度自查报告');
    const verdict = text.indexOf('结论：');
    const firstWarning = text.indexOf('警告  考核项');
    expect(verdict).toBeGreaterThan(0);
    expect(firstWarning).toBeGreaterThan(text.indexOf('县区排名'));
  });
});
