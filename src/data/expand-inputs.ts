// Turns what the user named as data (files, folders, globs; on the command line or in qcc.yaml's data:) into files.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Location, Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import { globDepth, globMatcher, isGlob, splitGlob } from '../util/glob.js';
import { makeProblem } from '../wording/problem.js';
import { isDataFileName } from './file-kind.js';

/** One place data is said to be. */
export interface DataSource {
  /** As written: a file, a folder, or a glob such as 报送/*.xlsx or 报送/**\/*.csv. */
  text: string;
  /** The folder it is relative to: the working folder for arguments, qcc.yaml's folder for data:. */
  base: string;
  /** Where it was written in qcc.yaml; absent for a command-line argument. */
  location?: Location;
  /**
   * Only the files directly in the folder: qcc.yaml's own folder when data: is absent, which also holds the blank
   * template, gap lists and folders of returned lists that are not data.
   */
  shallow?: boolean;
}

/** Problems that mean a named folder or pattern gave nothing to read: every command exits 2 on them. */
export const NO_INPUT_CODES: ReadonlySet<string> = new Set(['data-no-files', 'data-no-match']);

/**
 * Hidden files and folders (.git, .DS_Store), the lock files Excel and WPS leave beside an open workbook (~$…) and
 * LibreOffice's (.~lock.…#), and node_modules: never data, and walking them would only cost time.
 */
const skipped = (name: string) => name.startsWith('.') || name.startsWith('~$') || name === 'node_modules';

/** A skipped file worth a note: one a clerk may take for data (a lock file beside a workbook, a hidden workbook). */
const noteworthy = (name: string) =>
  name.startsWith('~$') || name.startsWith('.~lock.') || isDataFileName(name.replace(/^\./, ''));

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The files under root whose path relative to it matches, walking no deeper than the pattern can reach; and the
 * files skipped on the way that looked like data.
 */
async function walk(root: string, rest: readonly string[]): Promise<{ found: string[]; skippedFiles: string[] }> {
  const matches = globMatcher(rest);
  const depth = globDepth(rest);
  const found: string[] = [];
  const skippedFiles: string[] = [];
  const visit = async (dir: string, rel: string[]): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = [...rel, entry.name];
      if (skipped(entry.name)) {
        if (!entry.isDirectory() && noteworthy(entry.name) && matches(path.join('/')))
          skippedFiles.push(join(dir, entry.name));
        continue;
      }
      // Symbolic links to folders are not followed, so a link back up cannot loop.
      if (entry.isDirectory()) {
        if (path.length < depth) await visit(join(dir, entry.name), path);
      } else if (matches(path.join('/'))) found.push(path.join('/'));
    }
  };
  await visit(root, []);
  // Sorted by path, one order on every machine.
  return { found: found.sort(byPath).map((p) => join(root, ...p.split('/'))), skippedFiles };
}

/**
 * Files to read, in the order the sources were given (a folder's and a pattern's own files sorted by path), each
 * once. A folder gives the data files in it and in its sub-folders; a pattern gives the data files it matches.
 * One that gives nothing is an error naming what was searched. `skipped`: lock and hidden files that looked like
 * data, for the note that says they were left out.
 */
export async function expandInputs(
  sources: readonly DataSource[],
  cwd: string,
  tr: Translator,
): Promise<{ files: string[]; problems: Problem[]; skipped: string[] }> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const skippedFiles: string[] = [];
  for (const source of sources) {
    // A qcc.yaml written on Windows (报送\开化县.xlsx) means the same on Linux CI, where \ is not a separator.
    const absolute = resolve(source.base, sep === '/' ? source.text.replace(/\\/g, '/') : source.text);
    const info = await stat(absolute).catch(() => undefined);
    const shown = displayPath(absolute, cwd);
    const setting = source.location ? `data: ${source.text}` : source.text;
    if (info?.isDirectory()) {
      // A folder is read with its sub-folders, as ESLint and markdownlint read one.
      const walked = await walk(absolute, source.shallow ? ['*'] : ['**', '*']);
      const names = walked.found.filter((f) => isDataFileName(basename(f)));
      for (const f of walked.skippedFiles) skippedFiles.push(f);
      if (!names.length) {
        // "文件夹 . 中" reads oddly; the working folder is 当前文件夹.
        const where = shown === '.' ? tr.t('data.folder.here') : tr.t('data.folder.named', { name: shown });
        problems.push(
          makeProblem(tr, 'data-no-files', 'error', source.location ?? { file: shown }, {
            file: where,
          }),
        );
      }
      for (const name of names) files.push(name);
    } else if (!info && isGlob(source.text)) {
      const { base, rest } = splitGlob(source.text);
      const root = resolve(source.base, base || '.');
      const walked = await walk(root, rest);
      const found = walked.found.filter((f) => isDataFileName(basename(f)));
      for (const f of walked.skippedFiles) skippedFiles.push(f);
      if (!found.length)
        problems.push(
          makeProblem(tr, 'data-no-match', 'error', source.location ?? { file: source.text }, {
            pattern: setting,
            folder: displayPath(root, cwd),
          }),
        );
      for (const file of found) files.push(file);
    } else if (!info && /[\\/]$/.test(source.text)) {
      // Written as a folder (报送/) that does not exist: say so as a folder, not as a missing file.
      problems.push(
        makeProblem(tr, 'data-no-files', 'error', source.location ?? { file: shown }, {
          file: tr.t('data.folder.missing', { name: shown }),
        }),
      );
    } else if (!info && source.location) {
      // A file named in data: that is not there: said at its line in qcc.yaml, like a pattern that finds nothing.
      problems.push(
        makeProblem(tr, 'data-no-match', 'error', source.location, {
          pattern: setting,
          folder: displayPath(dirname(absolute), cwd),
        }),
      );
    } else files.push(absolute);
  }
  return { files: [...new Set(files)], problems, skipped: [...new Set(skippedFiles)].sort(byPath) };
}
