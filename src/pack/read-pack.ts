// Reads a pack folder (pack.yaml + item files): YAML with positions → JSON Schema → meaning → Pack, with ALL problems.
import { append } from '../util/append.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack, Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import { makeProblem } from '../wording/problem.js';
import { parseYamlFile, type YamlFile } from './yaml-file.js';
import { schemaProblems } from './schema-problems.js';
import { buildPack } from './build-pack.js';
import { readYamlText } from './read-yaml-text.js';

export interface PackRead {
  /** Absent when the pack could not be read far enough to be used. */
  pack?: Pack;
  problems: Problem[];
}

export const PACK_FILE = 'pack.yaml';

/** The item files of a pack folder: every .yaml/.yml beside pack.yaml, in name order. */
export function itemFileNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name) && e.name !== PACK_FILE)
    .map((e) => e.name)
    .sort();
}

function readYaml(path: string, shown: string, tr: Translator): { file?: YamlFile; problems: Problem[] } {
  const { text, problems } = readYamlText(path, shown, tr);
  if (text === undefined) return { problems };
  const file = parseYamlFile(text, shown, tr);
  return { file, problems: [...file.problems] };
}

export function readPack(dir: string, cwd: string, tr: Translator): PackRead {
  const shownDir = displayPath(dir, cwd);
  let names: string[];
  try {
    names = itemFileNames(dir);
  } catch {
    return { problems: [makeProblem(tr, 'pack-not-found', 'error', { file: shownDir }, { pack: shownDir })] };
  }
  const problems: Problem[] = [];
  if (names.length === 0) problems.push(makeProblem(tr, 'pack-no-items', 'error', { file: shownDir }, {}));
  const read = readPackFiles(
    dir,
    join(dir, PACK_FILE),
    names.map((n) => join(dir, n)),
    cwd,
    tr,
    { wholePack: true },
  );
  return { ...read, problems: [...problems, ...read.problems] };
}

/**
 * Reads pack metadata plus the given item files. `wholePack: false` lints a single item file against a
 * pack's metadata: checks that only make sense for the whole pack (the points total) are skipped.
 */
export function readPackFiles(
  dir: string,
  metaPath: string,
  itemPaths: readonly string[],
  cwd: string,
  tr: Translator,
  options: { wholePack: boolean },
): PackRead {
  const problems: Problem[] = [];
  const metaShown = displayPath(metaPath, cwd);
  const meta = readYaml(metaPath, metaShown, tr);
  if (!meta.file) {
    problems.push(makeProblem(tr, 'pack-no-metadata', 'error', { file: displayPath(dir, cwd) }, {}));
  } else {
    append(problems, meta.problems);
    if (meta.file.value !== undefined) append(problems, schemaProblems(meta.file, 'pack', tr));
  }
  const itemFiles: YamlFile[] = [];
  for (const path of itemPaths) {
    const read = readYaml(path, displayPath(path, cwd), tr);
    append(problems, read.problems);
    if (read.file && read.file.value !== undefined) {
      append(problems, schemaProblems(read.file, 'items', tr));
      itemFiles.push(read.file);
    }
  }
  if (
    !meta.file ||
    meta.file.value === undefined ||
    problems.some((p) => p.severity === 'error' && p.location.file === metaShown)
  ) {
    return { problems };
  }
  const built = buildPack(meta.file, itemFiles, dir, tr, options);
  append(problems, built.problems);
  return { pack: built.pack, problems };
}
