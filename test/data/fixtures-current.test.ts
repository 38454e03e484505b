// The committed data fixtures are byte for byte what fixtures/data/make-fixtures.mjs writes today.
// (foreign-longyou.xlsx comes from make-foreign.py, which needs Python; it is committed as written, not regenerated.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.js';

const temp = mkdtempSync(join(tmpdir(), 'qcc-data-fixtures-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('fixtures/data', () => {
  it('match make-fixtures.mjs', () => {
    execFileSync(process.execPath, [join(FIXTURES, 'make-fixtures.mjs'), temp]);
    const produced = readdirSync(temp, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(xlsx|csv|xls|et)$/.test(f))
      .sort();
    expect(produced.length).toBeGreaterThan(8);
    for (const name of produced) {
      const same = readFileSync(join(temp, name)).equals(readFileSync(join(FIXTURES, name)));
      expect(
        same,
        `${name} differs from what make-fixtures.mjs writes; run: node fixtures/data/make-fixtures.mjs`,
      ).toBe(true);
    }
  });
});
