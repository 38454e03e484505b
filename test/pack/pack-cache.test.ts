// The built CLI keeps a read pack, and a read pack with its profile, between runs: the kept copy gives the same output,
// a changed pack file or profile, a pack name that now means another folder, or another language is read afresh, and
// a damaged copy is ignored. Runs the built CLI (nothing is kept when running from src).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { childEnv } from '../helpers/child-env.js';

const work = mkdtempSync(join(tmpdir(), 'qcc-pack-cache-'));
const cache = join(work, 'cache');
const pack = join(work, 'mini');
cpSync(join(ROOT, 'fixtures/packs/mini'), pack, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

function rulesList(...extra: string[]): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/qcc.js'), 'rules', 'list', '--pack', pack, ...extra], {
    cwd: work,
    env: childEnv({ QCC_CACHE_DIR: cache }),
    encoding: 'utf8',
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}
const kept = (kind = 'pack'): string[] => readdirSync(cache).filter((f) => f.startsWith(`${kind}-`));

describe('the kept pack', () => {
  const first = rulesList();

  it('is written on the first run and gives the same output on the next', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('测试规则包');
    expect(kept()).toHaveLength(1);
    expect(rulesList()).toEqual(first);
  });

  it('is kept per language', () => {
    const english = rulesList('--lang', 'en');
    expect(english.stdout).not.toEqual(first.stdout);
    expect(kept()).toHaveLength(2);
  });

  it('is ignored when damaged', () => {
    for (const file of kept()) writeFileSync(join(cache, file), '{"key": "');
    expect(rulesList()).toEqual(first);
  });

  it('is not used once a pack file has changed', () => {
    const meta = join(pack, 'pack.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('title: 测试规则包', 'title: 改过的规则包'));
    const changed = rulesList();
    expect(changed.stdout).toContain('改过的规则包');
    expect(changed.stdout).not.toContain('测试规则包');
  });

  it('keeps the profile with the pack, and reads it afresh once it or the folder its pack: names has changed', () => {
    const profile = join(work, 'qcc.yaml');
    const run = () =>
      spawnSync(process.execPath, [join(ROOT, 'bin/qcc.js'), 'rules', 'list', '--profile', profile], {
        cwd: work,
        env: childEnv({ QCC_CACHE_DIR: cache }),
        encoding: 'utf8',
      });
    // The built-in pack's phases are shown as months of the profile's year.
    writeFileSync(profile, 'city: 某市\nyear: 2020\n');
    const before = kept('loaded').length;
    const first = run();
    expect(first.stdout).toContain('2018年5月');
    expect(kept('loaded')).toHaveLength(before + 1);
    expect(run().stdout).toEqual(first.stdout);
    writeFileSync(profile, 'city: 某市\nyear: 2021\n');
    expect(run().stdout).toContain('2019年5月');
    // The same profile text both times, but the folder ./mini is gone the second time.
    writeFileSync(profile, 'city: 某市\npack: ./mini\n');
    expect(run().status).toBe(0);
    rmSync(join(work, 'moved'), { recursive: true, force: true });
    renameSync(pack, join(work, 'moved'));
    const gone = run();
    renameSync(join(work, 'moved'), pack);
    expect(gone.status).toBe(2);
    expect(gone.stderr).toContain('./mini');
  });

  it('keeps at most 20 copies, dropping the oldest when it writes one', () => {
    const old = new Date('2020-01-01');
    for (let i = 0; i < 25; i += 1) {
      const name = join(cache, `pack-${String(i).padStart(64, '0')}.json`);
      writeFileSync(name, '{}');
      utimesSync(name, old, old);
    }
    const meta = join(pack, 'pack.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('title: 改过的规则包', 'title: 又改过的规则包'));
    expect(rulesList().stdout).toContain('又改过的规则包');
    expect(kept('pack')).toHaveLength(20);
  });
});
