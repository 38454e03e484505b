// Results kept between runs of the built CLI under the key of everything they depend on, so a stale copy is never
// used: reading and checking a pack's YAML costs about 0.3 s, a profile's about 0.07 s; the kept JSON about 1 ms.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/ (or src/ under the tests) and the package root, from dist/pack/.
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Bumped when what is kept changes shape.
const FORMAT = 2;
// Every build and every edit makes a new key: beyond this many copies of a kind the oldest go.
const MAX_KEPT = 20;

/**
 * Which build of qcc made the result: the build's record (rewritten by every `tsc -b` that changes an output), else
 * the version of a published package (dist without that record). Running from src/ (the tests) keeps nothing.
 */
function buildStamp(): string | undefined {
  try {
    const info = statSync(join(CODE_DIR, '.tsbuildinfo'));
    return `build ${info.mtimeMs} ${info.size}`;
  } catch {
    if (!/[\\/]dist[\\/]$/.test(CODE_DIR)) return undefined;
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    return `version ${pkg.version}`;
  }
}

/** QCC_CACHE_DIR, else node_modules/.cache/qcc beside qcc's own files: never a folder of the user's data. */
function cacheDir(): string {
  return process.env.QCC_CACHE_DIR || join(PACKAGE_ROOT, 'node_modules/.cache/qcc');
}

/**
 * The key of a result: the build, `parts` (JSON) and the contents of `files`; undefined when nothing is kept (running
 * from src/). Throws when a file cannot be read: the caller reads afresh and says what is wrong.
 */
export function keyOf(parts: readonly unknown[], files: readonly string[]): string | undefined {
  const stamp = buildStamp();
  if (!stamp) return undefined;
  const hash = createHash('sha256').update(JSON.stringify([FORMAT, stamp, parts]));
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

/** The copy kept under `kind` and `key`; undefined when missing, unreadable, damaged or kept under another key. */
export function readKept(kind: string, key: string): unknown {
  try {
    const kept = JSON.parse(readFileSync(join(cacheDir(), `${kind}-${key}.json`), 'utf8')) as {
      key?: unknown;
      value?: unknown;
    };
    return kept.key === key ? kept.value : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value`; written whole and then renamed, so a run at the same time never reads half a file. */
export function keep(kind: string, key: string, value: unknown): void {
  const dir = cacheDir();
  const file = join(dir, `${kind}-${key}.json`);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, JSON.stringify({ key, value }));
    renameSync(temp, file);
    forgetOldest(dir, kind);
  } catch {
    // A read-only install: every run reads afresh.
    rmSync(temp, { force: true });
  }
}

/** Removes all but the newest MAX_KEPT copies of a kind; only on a write, once per build or edit. */
function forgetOldest(dir: string, kind: string): void {
  const pattern = new RegExp(`^${kind}-[0-9a-f]{64}\\.json$`);
  const copies = readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of copies.slice(MAX_KEPT)) rmSync(old.path, { force: true });
}
