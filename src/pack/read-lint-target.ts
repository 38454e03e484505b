// What `qcc rules lint` reads: a pack folder, one item file (with its pack.yaml or a given pack), or a pack.yaml alone.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Translator } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import { makeProblem } from '../wording/problem.js';
import { DEFAULT_PACK, resolvePackDir } from './builtin.js';
import { PACK_FILE, readPack, readPackFiles, type PackRead } from './read-pack.js';

export interface LintRead extends PackRead {
  /** The folder or file as the user sees it, for the summary line. */
  shown: string;
  /** False when the target itself was not found: nothing was linted. */
  found: boolean;
}

/** `packOption` is --pack: the metadata an item file outside a pack folder is checked against. */
export function readLintTarget(name: string, packOption: string | undefined, cwd: string, tr: Translator): LintRead {
  const path = resolve(cwd, name);
  const shown = displayPath(path, cwd);
  const notFound = (pack: string): LintRead => ({
    problems: [makeProblem(tr, 'pack-not-found', 'error', { file: pack }, { pack })],
    shown,
    found: false,
  });
  if (existsSync(path) && statSync(path).isFile()) {
    if (/(^|[./])pack\.ya?ml$/i.test(basename(path))) {
      return { ...readPackFiles(dirname(path), path, [], cwd, tr, { wholePack: false }), shown, found: true };
    }
    const beside = join(dirname(path), PACK_FILE);
    const packDir = existsSync(beside) ? dirname(path) : resolvePackDir(packOption ?? DEFAULT_PACK, cwd);
    if (!packDir) return notFound(packOption ?? DEFAULT_PACK);
    return {
      ...readPackFiles(packDir, join(packDir, PACK_FILE), [path], cwd, tr, { wholePack: false }),
      shown,
      found: true,
    };
  }
  const dir = resolvePackDir(name, cwd);
  if (!dir) return notFound(name);
  return { ...readPack(dir, cwd, tr), shown: displayPath(dir, cwd), found: true };
}
