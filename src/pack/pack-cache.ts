// The built pack kept between runs: reading and checking a pack's YAML costs about 0.3 s on every run, reading the
// kept JSON about 1 ms. Kept under the key of everything the result depends on, so a stale copy is never used.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Translator } from '../i18n/index.js';
import { itemFileNames, PACK_FILE, readPack, type PackRead } from './read-pack.js';

// dist/ (or src/ under the tests) and the package root, from dist/pack/.
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_DIR = join(PACKAGE_ROOT, 'src/pack/schema');
// Bumped when what is kept changes shape.
const FORMAT = 1;
// Every build and every pack edit makes a new key: beyond this many copies the oldest go.
const MAX_KEPT = 20;
const COPY_PREFIX = 'pack-';

/**
 * Which build of qcc made the pack: the build's record (rewritten by every `tsc -b` that changes an output), else
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

/** The key: the build, the language, the folders (problems name files relative to cwd), every file read. */
function keyOf(dir: string, cwd: string, tr: Translator): string | undefined {
  const stamp = buildStamp();
  if (!stamp) return undefined;
  const hash = createHash('sha256').update(JSON.stringify([FORMAT, stamp, tr.lang, dir, cwd]));
  const files = [
    join(dir, PACK_FILE),
    ...itemFileNames(dir).map((name) => join(dir, name)),
    ...['pack', 'items'].map((name) => join(SCHEMA_DIR, `${name}.schema.json`)),
  ];
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

function isPackRead(value: unknown): value is PackRead {
  return typeof value === 'object' && value !== null && Array.isArray((value as PackRead).problems);
}

/**
 * readPack, or the copy kept from an earlier run with the same key. A missing, unreadable, corrupt or foreign copy
 * is read again; a copy that cannot be written is not kept. Either way the result is what readPack returns.
 */
export function readPackCached(dir: string, cwd: string, tr: Translator): PackRead {
  let key: string | undefined;
  try {
    key = keyOf(dir, cwd, tr);
  } catch {
    // A file that cannot be listed or read: readPack says what is wrong with it.
  }
  if (!key) return readPack(dir, cwd, tr);
  const file = join(cacheDir(), `${COPY_PREFIX}${key}.json`);
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; read?: unknown };
    if (kept.key === key && isPackRead(kept.read)) return kept.read;
  } catch {
    // Not kept yet, or not readable as kept: read the pack.
  }
  const read = readPack(dir, cwd, tr);
  // Written whole and then renamed, so that a run at the same time never reads half a file.
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(temp, JSON.stringify({ key, read }));
    renameSync(temp, file);
    forgetOldest(cacheDir());
  } catch {
    // A read-only install: every run reads the pack.
    rmSync(temp, { force: true });
  }
  return read;
}

/** Removes all but the newest MAX_KEPT copies; only on a write, which happens once per build or pack edit. */
function forgetOldest(dir: string): void {
  const copies = readdirSync(dir)
    .filter((name) => /^pack-[0-9a-f]{64}\.json$/.test(name))
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of copies.slice(MAX_KEPT)) rmSync(old.path, { force: true });
}
