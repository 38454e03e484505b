// Reads the submitted data files (xlsx, CSV, or folders of them) into one Dataset with every problem located.
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Dataset, Input, Pack, Problem, Profile } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import { makeProblem, type ProblemCode } from '../util/problem.js';
import { sortProblems } from '../util/sort-problems.js';
import { buildLookups } from './lookups.js';
import { readGrid, type GridContext } from './read-grid.js';
import { readXlsx, type XlsxReaderMode } from './read-xlsx.js';
import { readCsv } from './read-csv.js';
import { isDataFileName, isOle2, isZip, kindByName } from './file-kind.js';
import { dropDuplicateBenchmarks, dropDuplicateRecords } from './duplicates.js';
import { sha256File } from './file-hash.js';
import { formatLocation } from '../util/format-location.js';

export interface ReadDataOptions {
  cwd: string;
  tr: Translator;
  pack: Pack;
  profile: Profile;
  /** Which xlsx reader to use; default 'auto' (full load for small files, streaming for large). Tests force each. */
  xlsxReader?: XlsxReaderMode;
}

/** Problems that mean a file could not be read at all: `qcc validate` exits 2 on them. */
export const UNREADABLE_FILE_CODES: ReadonlySet<string> = new Set(['file-unreadable', 'data-file-format', 'data-file-corrupt']);

async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buf, 0, 8, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Folders become the data files directly inside them, sorted; files stay as given. */
async function expand(paths: readonly string[], cwd: string, problems: Problem[], tr: Translator): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(absolute)).filter(isDataFileName).sort();
      const shown = displayPath(absolute, cwd);
      // "文件夹 . 中" reads oddly; the working folder is 当前文件夹.
      if (!names.length) problems.push(makeProblem(tr, 'data-no-files', 'warning', { file: shown }, { file: shown === '.' ? tr.t('data.folder.here') : tr.t('data.folder.named', { name: shown }) }));
      out.push(...names.map((n) => join(absolute, n)));
    } else out.push(absolute);
  }
  return [...new Set(out)];
}

export async function readDataFiles(paths: readonly string[], options: ReadDataOptions): Promise<Dataset> {
  const { cwd, tr, pack, profile } = options;
  const problems: Problem[] = [];
  const inputs: Input[] = [];
  // Without a city in the profile, the city's records are called 市本级, the name the engine falls back to.
  const lookups = buildLookups(pack, profile, profile.city || tr.t('word.city'));
  const records: GridContext['records'] = [];
  const benchmarks: GridContext['benchmarks'] = [];
  const blankBenchmarks: NonNullable<GridContext['blankBenchmarks']> = [];
  for (const absolute of await expand(paths, cwd, problems, tr)) {
    const file = displayPath(absolute, cwd);
    const fail = (code: ProblemCode, params: Record<string, string> = {}): void => {
      problems.push(makeProblem(tr, code, 'error', { file }, { file, ...params }));
    };
    const info = await stat(absolute).catch((error: Error) => error);
    if (info instanceof Error || !info.isFile()) {
      fail('file-unreadable', { detail: info instanceof Error && (info as NodeJS.ErrnoException).code === 'ENOENT' ? tr.t('data.detail.not-found', { file }) : tr.t('data.detail.not-a-file', { file }) });
      continue;
    }
    const bytes = await head(absolute).catch(() => new Uint8Array());
    const kind = kindByName(absolute);
    if (isOle2(bytes) || kind === 'unsupported') {
      // A renamed old workbook (.xls bytes in a .xlsx) is named by its content; otherwise by its extension.
      const ext = kind === 'unsupported' ? extname(absolute) : '.xls';
      fail('data-file-format', { ext: ext || tr.t('data.detail.no-extension') });
      continue;
    }
    if (kind === 'xlsx' && !isZip(bytes)) {
      fail('data-file-corrupt', { detail: tr.t('data.detail.not-zip') });
      continue;
    }
    const ctx: GridContext = { file, tr, pack, lookups, records: [], benchmarks: [], problems, blankBenchmarks };
    // Sheets with a recognised header, read or rejected (a missing column is its own problem).
    let tables = 0;
    try {
      if (kind === 'xlsx') {
        for await (const grid of readXlsx(absolute, options.xlsxReader)) if ((await readGrid(grid, ctx)) !== 'skipped') tables += 1;
      } else {
        if ((await readGrid(readCsv(await readFile(absolute)), ctx)) !== 'skipped') tables += 1;
      }
    } catch (error) {
      fail(kind === 'xlsx' ? 'data-file-corrupt' : 'file-unreadable', { detail: (error as Error).message });
      continue;
    }
    if (!tables) fail('data-no-table');
    records.push(...ctx.records);
    benchmarks.push(...ctx.benchmarks);
    inputs.push({ path: file, sha256: await sha256File(absolute), kind });
  }
  const dedupedRecords = dropDuplicateRecords(records, tr);
  const dedupedBenchmarks = dropDuplicateBenchmarks(benchmarks, tr);
  problems.push(...dedupedRecords.problems, ...dedupedBenchmarks.problems);
  // A blank cell whose value is filled elsewhere is not "not reported": its warning would mislead.
  const filledElsewhere = new Set(dedupedRecords.superseded.map((r) => formatLocation(r.location)));
  // Likewise a blank benchmark cell whose value another file (the city's 基准值 sheet) supplies.
  const supplied = new Set(dedupedBenchmarks.benchmarks.map((b) => `${b.benchmark}|${b.year}`));
  const suppliedBlanks = new Set(blankBenchmarks.filter((b) => supplied.has(`${b.benchmark}|${b.year}`)).map((b) => b.problem));
  const kept = problems.filter((p) => !(p.code === 'value-missing' && filledElsewhere.has(formatLocation(p.location))) && !suppliedBlanks.has(p));
  problems.length = 0;
  problems.push(...kept);
  return { records: dedupedRecords.records, benchmarks: dedupedBenchmarks.benchmarks, inputs, problems: sortProblems(problems) };
}
