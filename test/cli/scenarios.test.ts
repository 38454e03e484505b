// End-to-end scenarios: each folder under fixtures/scenarios holds a profile, data, the arguments and the
// expected exit code and output; qcc runs there in-process and must print exactly what a user would see.
// UPDATE=1 rewrites the expected files from the current output (then read every changed file by eye).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture, ROOT as REPO } from '../helpers/paths.js';

const ROOT = fixture('scenarios');
const update = process.env['UPDATE'] === '1';
const scenarios = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

// Files outside the scenario folder are shown with absolute paths; the checkout's own place is not part of the output.
const portable = (text: string): string => text.split(REPO).join('<repo>/');

const read = (dir: string, name: string): string | undefined => {
  const path = join(dir, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

describe('qcc end-to-end scenarios', () => {
  it('finds the scenario folders', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of scenarios) {
    it(name, async () => {
      const dir = join(ROOT, name);
      const args = (read(dir, 'args') ?? '').split('\n').filter((line) => line !== '');
      // Chinese unless the arguments ask for English; never colour, as in a file or CI log.
      const raw = await runCli(args, { cwd: dir, env: { LANG: 'zh_CN.UTF-8', NO_COLOR: '1' } });
      const run = { ...raw, stdout: portable(raw.stdout), stderr: portable(raw.stderr) };
      if (update) {
        writeFileSync(join(dir, 'expected-exit-code'), `${run.code}\n`);
        writeFileSync(join(dir, 'expected-stdout.txt'), run.stdout);
        writeFileSync(join(dir, 'expected-stderr.txt'), run.stderr);
        return;
      }
      // A message whose {placeholder} was not filled in is a bug whatever the expected file says.
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/\{[a-z][a-zA-Z-]*\}/);
      expect(run.stdout).toBe(read(dir, 'expected-stdout.txt'));
      // The problems go to stderr: what is said there, and where, is part of the product too.
      expect(run.stderr).toBe(read(dir, 'expected-stderr.txt') ?? '');
      expect(run.code).toBe(Number((read(dir, 'expected-exit-code') ?? '').trim()));
    });
  }
});
