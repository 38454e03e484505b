// Which pack a run uses and reading it: --pack, else the profile's pack:, else the built-in one; an id or a folder.
import { append } from '../util/append.js';
import { dirname, resolve } from 'node:path';
import type { Pack, Problem, Profile } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';
import { displayPath } from '../util/display-path.js';
import { DEFAULT_PACK, resolvePackDir } from './builtin.js';
import { readPackCached } from './pack-cache.js';
import { keptLoad, type LoadResult, type ResolveDir } from './loaded-cache.js';
import { buildProfile, profilePackName, readProfileFile } from './read-profile.js';
import { localisePack } from './localise-pack.js';

export interface PackChoice {
  /** The working folder: --pack and --profile are relative to it. */
  cwd: string;
  /** --profile, else qcc.yaml in the working folder. */
  profile?: string | undefined;
  /** --pack. */
  pack?: string | undefined;
}

export interface Loaded {
  pack: Pack;
  profile: Profile;
  problems: Problem[];
}

/**
 * Reads the profile, then the pack it names (or --pack, or the built-in one), then checks the profile against the pack.
 */
export function loadPackAndProfile(choice: PackChoice, tr: Translator): LoadResult {
  return keptLoad(choice, tr, (resolveDir) => loadFresh(choice, tr, resolveDir));
}

/** loadPackAndProfile without a kept result; `resolveDir` is resolvePackDir, recorded for the kept copy's key. */
function loadFresh(choice: PackChoice, tr: Translator, resolveDir: ResolveDir): LoadResult {
  const { cwd } = choice;
  const profileFile = readProfileFile(choice.profile, cwd, tr);
  const problems: Problem[] = [...profileFile.problems];
  const named = profilePackName(profileFile);
  const packName = choice.pack ?? named ?? DEFAULT_PACK;
  // The same folder may be written two ways (../packs/mini in qcc.yaml, fixtures/packs/mini on the command line).
  const profileDir = profileFile.file ? dirname(resolve(cwd, profileFile.file.file)) : cwd;
  const samePack = (a: string, b: string, baseA: string): boolean =>
    a === b || (resolveDir(a, baseA) ?? a) === (resolveDir(b, cwd) ?? b);
  if (choice.pack && named && !samePack(named, choice.pack, profileDir) && profileFile.file) {
    problems.push(
      makeProblem(tr, 'profile-pack-mismatch', 'warning', profileFile.file.locate(['pack']), {
        profilePack: named,
        pack: choice.pack,
      }),
    );
  }
  // A pack path in qcc.yaml is relative to qcc.yaml, wherever qcc runs from; --pack is relative to the working folder.
  const fromProfile = packName === named && !choice.pack && profileFile.file;
  const base = fromProfile ? profileDir : cwd;
  const dir = resolveDir(packName, base);
  if (!dir) {
    const where = fromProfile ? profileFile.file!.locate(['pack']) : { file: packName };
    problems.push(makeProblem(tr, 'pack-not-found', 'error', where, { pack: packName }));
    return { problems };
  }
  const packRead = readPackCached(dir, cwd, tr);
  append(problems, packRead.problems);
  if (!packRead.pack || packRead.problems.some((p) => p.severity === 'error')) return { problems };
  // With a usable pack the profile is checked in full even when its shape has errors, so every mistake shows at once.
  const built = buildProfile(profileFile, packRead.pack, tr);
  append(problems, built.problems);
  // An invalid profile (an unknown item, a bad date, a target that does not fit) stops the run: exit 2, as documented.
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return { loaded: { pack: localisePack(packRead.pack, built.profile), profile: built.profile, problems }, problems };
}

/**
 * A pack named on the command line alone (`rules test`), without a profile; `shown` is its folder as the user sees it.
 */
export function readNamedPack(
  name: string,
  cwd: string,
  tr: Translator,
): { pack?: Pack; shown?: string; problems: Problem[] } {
  const dir = resolvePackDir(name, cwd);
  if (!dir) return { problems: [makeProblem(tr, 'pack-not-found', 'error', { file: name }, { pack: name })] };
  const read = readPackCached(dir, cwd, tr);
  return { ...(read.pack ? { pack: read.pack } : {}), shown: displayPath(dir, cwd), problems: read.problems };
}
