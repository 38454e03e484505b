// The pack and profile of a run kept between runs (kept-copy.ts): with the pack kept, reading qcc.yaml (YAML with
// positions, its schema, its checks against the pack) was most of the loading, about 70 ms of CPU.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { resolvePackDir } from './builtin.js';
import { keep, keyOf, readKept } from './kept-copy.js';
import { packKey } from './pack-cache.js';
import { PROFILE_FILE } from './read-profile.js';
import type { Loaded, PackChoice } from './load-pack-and-profile.js';

const KIND = 'loaded';

export type ResolveDir = (pack: string, base: string) => string | undefined;
export type LoadResult = { loaded?: Loaded; problems: Problem[] };

interface Kept {
  /** Every pack name resolved while loading, with its base folder and the folder it was: resolved again on use. */
  resolved: [pack: string, base: string, dir: string | null][];
  /** The key of every pack folder resolved, as it was. */
  packs: [dir: string, key: string][];
  result: LoadResult;
}

/**
 * `fresh(resolveDir)`, or the result kept from an earlier run with the same profile text, options, language and
 * build, whose pack names still resolve to the same folders and whose pack files are unchanged.
 */
export function keptLoad(
  choice: PackChoice,
  tr: Translator,
  fresh: (resolveDir: ResolveDir) => LoadResult,
): LoadResult {
  const { cwd } = choice;
  const profile = resolve(cwd, choice.profile ?? PROFILE_FILE);
  let key: string | undefined;
  try {
    // A folder (or a device) where the profile should be: read afresh, readProfileFile says what is wrong.
    const state = !existsSync(profile) ? 'absent' : statSync(profile).isFile() ? 'file' : undefined;
    if (state)
      key = keyOf(
        [KIND, tr.lang, cwd, choice.pack ?? null, choice.profile ?? null, profile, state],
        state === 'file' ? [profile] : [],
      );
  } catch {
    key = undefined;
  }
  if (!key) return fresh(resolvePackDir);
  const kept = readKept(KIND, key);
  if (isKept(kept) && stillHolds(kept, cwd, tr)) return kept.result;
  const resolved: Kept['resolved'] = [];
  const result = fresh((pack, base) => {
    const dir = resolvePackDir(pack, base);
    resolved.push([pack, base, dir ?? null]);
    return dir;
  });
  const packs: Kept['packs'] = [];
  for (const dir of new Set(resolved.flatMap(([, , dir]) => (dir ? [dir] : [])))) {
    const packKeyNow = packKey(dir, cwd, tr);
    // A pack that cannot be read whole is not kept: its files may be fixed without the key noticing.
    if (!packKeyNow) return result;
    packs.push([dir, packKeyNow]);
  }
  keep(KIND, key, { resolved, packs, result } satisfies Kept);
  return result;
}

function isKept(value: unknown): value is Kept {
  const kept = value as Kept | undefined;
  return (
    typeof kept === 'object' &&
    kept !== null &&
    Array.isArray(kept.resolved) &&
    Array.isArray(kept.packs) &&
    typeof kept.result === 'object' &&
    kept.result !== null &&
    Array.isArray(kept.result.problems)
  );
}

/** The folders the pack names resolve to, and the files in them, are as they were when the result was kept. */
function stillHolds(kept: Kept, cwd: string, tr: Translator): boolean {
  return (
    kept.resolved.every(([pack, base, dir]) => (resolvePackDir(pack, base) ?? null) === dir) &&
    kept.packs.every(([dir, key]) => packKey(dir, cwd, tr) === key)
  );
}
