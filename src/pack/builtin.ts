// Where the built-in packs live, and how a --pack value (an id or a folder) becomes a folder.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// src/pack/ and dist/pack/ are both two levels below the package root.
export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
export const DEFAULT_PACK = 'quality-city';

/** The folder for a pack id or path; undefined when neither exists. */
export function resolvePackDir(pack: string, cwd: string): string | undefined {
  const asPath = resolve(cwd, pack);
  if (existsSync(asPath) && statSync(asPath).isDirectory()) return asPath;
  if (/^[a-z0-9][a-z0-9-]*$/.test(pack)) {
    const builtin = resolve(RULES_DIR, pack);
    if (existsSync(builtin) && statSync(builtin).isDirectory()) return builtin;
  }
  return undefined;
}
