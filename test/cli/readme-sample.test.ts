// The README's quick start quotes the summary `npm start` prints: the quote and the run agree, line for line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/paths.js';

/** The lines from 总体情况 to the 数据问题 line. */
function summary(text: string): string[] {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('总体情况'));
  const to = lines.findIndex((l, i) => i > from && l.trim().startsWith('数据问题'));
  return lines.slice(from, to + 1);
}

describe('README quick start', () => {
  it('quotes the summary npm start prints', async () => {
    const start = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start as string;
    const argv = start.replace(/^node bin\/qcc\.js /, '').split(' ');
    const run = await runCli(argv, { cwd: ROOT });
    expect(summary(run.stdout).length).toBeGreaterThan(3);
    expect(summary(readFileSync(join(ROOT, 'README.md'), 'utf8'))).toEqual(summary(run.stdout));
  });
});
