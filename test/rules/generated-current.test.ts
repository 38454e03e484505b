// The committed generated files (pack cases, sample city) are exactly what their scripts produce today,
// so an edit to the pack or a script cannot leave stale cases or sample data behind, and the sample bytes are stable.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './load-pack.js';

const temp = mkdtempSync(join(tmpdir(), 'qcc-generated-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function regenerate(script: string, committedDir: string, pattern: RegExp): void {
  const out = join(temp, script.replace(/\W+/g, '-'));
  execFileSync(process.execPath, [join(ROOT, script), out], { cwd: ROOT });
  const produced = readdirSync(out)
    .filter((f) => pattern.test(f))
    .sort();
  const committed = readdirSync(committedDir)
    .filter((f) => pattern.test(f))
    .sort();
  expect(produced).toEqual(committed);
  for (const name of produced) {
    const same = readFileSync(join(out, name)).equals(readFileSync(join(committedDir, name)));
    expect(same, `${name} differs from what ${script} writes; run: node ${script}`).toBe(true);
  }
}

describe('generated files are current', () => {
  it('rules/quality-city/tests/*.yaml match test/rules/make-pack-cases.mjs', () => {
    regenerate('test/rules/make-pack-cases.mjs', join(ROOT, 'rules', 'quality-city', 'tests'), /\.yaml$/);
  });

  it('fixtures/sample data files match fixtures/sample/make-sample.mjs byte for byte', () => {
    regenerate('fixtures/sample/make-sample.mjs', join(ROOT, 'fixtures', 'sample'), /\.(xlsx|csv)$/);
  });
});
