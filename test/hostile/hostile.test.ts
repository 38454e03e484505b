// The hostile corpus (fixtures/hostile/cases/*.mjs): every case gets its documented exit code and words, within 30 s
// and 500 MB, and leaves every file that was in its folder as it was.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../helpers/paths.js';
import { childEnv } from '../helpers/child-env.js';

interface HostileCase {
  name: string;
  /** True where the machine lacks what the case needs (e.g. /dev/full): reported as skipped, never silently passed. */
  skip?: boolean;
  make(dir: string): Promise<{ argv: string[]; stdin?: string | Uint8Array }>;
  expect: {
    code: 0 | 1 | 2;
    /** Texts that must appear in stdout or stderr. */
    contains?: string[];
    /** Texts that must not appear (a stack trace's "    at ", a library's English, a raw control character). */
    absent?: string[];
    /** Files (relative to the case folder) the run may write or change. */
    outputs?: string[];
  };
}

const LIMIT_MS = 30_000;
const LIMIT_MB = 500;
const CASES = fixture('hostile/cases');
const RUSAGE = join(ROOT, 'bench/rusage.mjs');

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

const kinds = await Promise.all(
  readdirSync(CASES)
    .filter((f) => f.endsWith('.mjs'))
    .sort()
    .map(async (f) => (await import(pathToFileURL(join(CASES, f)).href)) as { kind: string; cases: HostileCase[] }),
);

for (const { kind, cases } of kinds) {
  describe(kind, () => {
    for (const c of cases) it.skipIf(Boolean(c.skip))(c.name, () => runCase(c));
  });
}

async function runCase(c: HostileCase): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-hostile-'));
  const { argv, stdin } = await c.make(dir);
  const before = snapshot(dir);
  const usage = join(mkdtempSync(join(tmpdir(), 'qcc-hostile-usage-')), 'usage.json');
  const run = spawnSync(process.execPath, ['--import', RUSAGE, join(ROOT, 'bin/qcc.js'), ...argv], {
    cwd: dir,
    env: childEnv({
      QCC_BENCH_RUSAGE: usage,
      QCC_CACHE_DIR: join(dir, '..', `${relative(tmpdir(), dir)}-cache`),
    }),
    encoding: 'utf8',
    input: stdin,
    timeout: LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.signal, `killed (over ${LIMIT_MS / 1000} s?)`).toBeNull();
  expect(run.status, output.slice(0, 2000)).toBe(c.expect.code);
  for (const text of c.expect.contains ?? []) expect(output).toContain(text);
  for (const text of c.expect.absent ?? []) expect(output).not.toContain(text);
  const { maxRssMb } = JSON.parse(readFileSync(usage, 'utf8')) as { maxRssMb: number };
  expect(maxRssMb).toBeLessThan(LIMIT_MB);
  const after = snapshot(dir);
  for (const [file, bytes] of before) {
    if (c.expect.outputs?.includes(file)) continue;
    expect(after.get(file)?.equals(bytes), `${file} lost or changed`).toBe(true);
  }
}
