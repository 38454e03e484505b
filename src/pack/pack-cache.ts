// The read pack kept between runs (kept-copy.ts), keyed by its files, the schemas they are checked against, the
// language (problems are worded), the pack folder and the working folder (problems name files relative to it).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Translator } from '../i18n/index.js';
import { keep, keyOf, readKept } from './kept-copy.js';
import { itemFileNames, PACK_FILE, readPack, type PackRead } from './read-pack.js';

const SCHEMA_DIR = fileURLToPath(new URL('../../src/pack/schema/', import.meta.url));
const KIND = 'pack';

/** The key of a pack folder as it is now; undefined when nothing is kept or a file cannot be listed or read. */
export function packKey(dir: string, cwd: string, tr: Translator): string | undefined {
  try {
    const files = [
      join(dir, PACK_FILE),
      ...itemFileNames(dir).map((name) => join(dir, name)),
      ...['pack', 'items'].map((name) => join(SCHEMA_DIR, `${name}.schema.json`)),
    ];
    return keyOf([KIND, tr.lang, dir, cwd], files);
  } catch {
    // A file that cannot be listed or read: readPack says what is wrong with it.
    return undefined;
  }
}

function isPackRead(value: unknown): value is PackRead {
  return typeof value === 'object' && value !== null && Array.isArray((value as PackRead).problems);
}

/** readPack, or the copy kept from an earlier run with the same key: either way what readPack returns. */
export function readPackCached(dir: string, cwd: string, tr: Translator): PackRead {
  const key = packKey(dir, cwd, tr);
  if (!key) return readPack(dir, cwd, tr);
  const kept = readKept(KIND, key);
  if (isPackRead(kept)) return kept;
  const read = readPack(dir, cwd, tr);
  keep(KIND, key, read);
  return read;
}
