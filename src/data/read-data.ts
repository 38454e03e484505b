// Reads the submitted data files (xlsx, CSV, or folders of them) into one Dataset with every problem located.
import { append } from '../util/append.js';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Dataset, Input, Pack, Problem, Profile } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import { makeProblem, type ProblemCode, type ProblemParams } from '../wording/problem.js';
import { sortProblems } from '../util/sort-problems.js';
import { buildLookups } from './lookups.js';
import { readGrid, type GridContext } from './read-grid.js';
import { readXlsx, type XlsxReaderMode } from './read-xlsx.js';
import { readCsv } from './read-csv.js';
import { limitedProblems, summariseRepeats } from './summarise-repeats.js';
import { FileReadError } from './file-error.js';
import { isOle2, isZip, kindByName } from './file-kind.js';
import { expandInputs, type DataSource } from './expand-inputs.js';
import { qccWorkbookKind } from './qcc-written.js';
import { zipEntries } from './zip-entries.js';
import { isEncryptedWorkbook } from './ole-encrypted.js';
import { xlsxFailureProblem } from './xlsx-failure-problem.js';
import type { QccWorkbookKind } from '../util/qcc-marker.js';
import { dropDuplicateBenchmarks, dropDuplicateRecords } from './duplicates.js';
import { sha256File } from '../util/sha256-file.js';
import { formatLocation } from '../util/format-location.js';

export interface ReadDataOptions {
  cwd: string;
  tr: Translator;
  pack: Pack;
  profile: Profile;
  /** Which xlsx reader to use; default 'auto' (qcc's own, every size); tests compare it with exceljs's two. */
  xlsxReader?: XlsxReaderMode;
  /** --verbose: a damaged workbook's problem also quotes the library's own text. */
  verbose?: boolean;
  /** Where filled-in templates belong (the folder of the profile's data:), for the note on a blank one. */
  dataFolder?: string;
  /** Called before each file is read (its shown name, 1-based position, count): the CLI's progress line. */
  onFile?: (file: string, index: number, total: number) => void;
  /** Called once with the lock and hidden files that were left out (shown names), when there are any. */
  onSkipped?: (files: readonly string[]) => void;
  /** Names to show for some files instead of their path: data read from stdin goes by --stdin-filename. */
  names?: ReadonlyMap<string, string>;
}

/** Problems that mean a file could not be read at all: `qcc validate` exits 2 on them. */
export const UNREADABLE_FILE_CODES: ReadonlySet<string> = new Set([
  'file-unreadable',
  'data-file-format',
  'data-file-corrupt',
  'data-file-not-xlsx',
  'data-file-encrypted',
  'zip-too-large',
  'cell-too-large',
  'csv-quote-not-closed',
  'csv-record-too-long',
  'csv-file-too-large',
  'csv-too-many-rows',
]);

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

/** The name qcc gives a gap list (整改清单.xlsx, 整改清单-第二轮.csv …). */
const GAP_LIST_NAME = /^整改清单/;

/**
 * Whether a template holds nothing a person typed: every value cell blank or a placeholder (—, /, 无), and every
 * 基准值 the pack's own figure that the template was written with.
 */
function nothingFilled(ctx: GridContext, pack: Pack): boolean {
  const packValue = (id: string, year: number) => pack.benchmarks.find((b) => b.id === id)?.values[String(year)];
  const asWritten = (b: GridContext['benchmarks'][number]) => {
    const written = packValue(b.benchmark, b.year);
    return written !== undefined && Number(written) === Number(b.value);
  };
  return ctx.records.every((r) => r.value.type === 'empty') && ctx.benchmarks.every(asWritten);
}

/**
 * Reads files, folders and globs (strings are relative to cwd; sources from qcc.yaml carry their own base). Workbooks
 * qcc wrote are not data: a gap list is skipped, and so is a template nobody has filled a value into, each with one
 * note. A filled template is data, mark or no mark: saving it under another name keeps the mark.
 */
export async function readDataFiles(
  paths: readonly (string | DataSource)[],
  options: ReadDataOptions,
): Promise<Dataset> {
  const { cwd, tr, pack, profile } = options;
  const problems: Problem[] = [];
  const sources = paths.map((p) => (typeof p === 'string' ? { text: p, base: cwd } : p));
  const expanded = await expandInputs(sources, cwd, tr);
  for (const problem of expanded.problems) problems.push(problem);
  if (expanded.skipped.length) options.onSkipped?.(expanded.skipped.map((f) => displayPath(f, cwd)));
  const inputs: Input[] = [];
  // Without a city in the profile, the city's records are called 市本级, the name the engine falls back to.
  const lookups = buildLookups(pack, profile, profile.city || tr.t('word.city'));
  const records: GridContext['records'] = [];
  const benchmarks: GridContext['benchmarks'] = [];
  const blankBenchmarks: NonNullable<GridContext['blankBenchmarks']> = [];
  for (const [index, absolute] of expanded.files.entries()) {
    const file = options.names?.get(absolute) ?? displayPath(absolute, cwd);
    options.onFile?.(file, index + 1, expanded.files.length);
    const fail = <C extends ProblemCode>(code: C, params: Omit<ProblemParams<C>, 'file'>): void => {
      problems.push(makeProblem(tr, code, 'error', { file }, { file, ...params } as ProblemParams<C>));
    };
    const info = await stat(absolute).catch((error: Error) => error);
    if (info instanceof Error || !info.isFile()) {
      fail('file-unreadable', {
        detail:
          info instanceof Error && (info as NodeJS.ErrnoException).code === 'ENOENT'
            ? tr.t('data.detail.not-found', { file })
            : tr.t('data.detail.not-a-file', { file }),
      });
      continue;
    }
    const skip = (what: QccWorkbookKind): void => {
      const hint =
        what === 'gap-list'
          ? tr.t('data.qcc-written.hint-gap-list')
          : options.dataFolder
            ? tr.t('data.qcc-written.hint-template', { folder: options.dataFolder })
            : tr.t('data.qcc-written.hint-template-beside');
      problems.push(
        makeProblem(
          tr,
          'input-written-by-qcc',
          'warning',
          { file },
          { file, kind: tr.t(`data.qcc-written.${what}`) },
          hint,
        ),
      );
    };
    // A gap list saved as CSV (or by an older qcc) carries no mark; 整改清单… is the name qcc gives it.
    if (GAP_LIST_NAME.test(basename(absolute))) {
      skip('gap-list');
      continue;
    }
    const bytes = await head(absolute).catch(() => new Uint8Array());
    let kind = kindByName(absolute);
    // A workbook saved or renamed as .csv (a clerk's "另存为" with the wrong type, or a renamed copy): its bytes say what
    // it is, so it is read as the workbook it is, with a warning to put the name right.
    if (kind === 'csv' && isZip(bytes)) {
      problems.push(
        makeProblem(tr, 'data-file-misnamed', 'warning', { file }, { file, ext: extname(absolute) || '.csv' }),
      );
      kind = 'xlsx';
    }
    // Excel keeps a password-protected xlsx in the same container as an old .xls: told apart by its streams.
    if (isOle2(bytes) && (await isEncryptedWorkbook(absolute).catch(() => false))) {
      fail('data-file-encrypted', {});
      continue;
    }
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
    // The zip directory is read once, for qcc's mark and for the sheets (a broken one is reported by readXlsx).
    const entries = kind === 'xlsx' ? await zipEntries(absolute).catch(() => undefined) : undefined;
    const written = kind === 'xlsx' ? await qccWorkbookKind(absolute, entries) : undefined;
    if (written === 'gap-list') {
      skip(written);
      continue;
    }
    // This file's problems are kept apart until it is known to be data (a blank template's hundreds of blanks are not).
    const limited = limitedProblems(tr);
    const fileProblems = limited.problems;
    const fileBlankBenchmarks: NonNullable<GridContext['blankBenchmarks']> = [];
    const ctx: GridContext = {
      file,
      tr,
      pack,
      lookups,
      records: [],
      benchmarks: [],
      problems: fileProblems,
      blankBenchmarks: fileBlankBenchmarks,
    };
    // Sheets with a recognised header, read or rejected (a missing column is its own problem).
    let tables = 0;
    try {
      if (kind === 'xlsx') {
        for await (const grid of readXlsx(absolute, options.xlsxReader, entries))
          if ((await readGrid(grid, ctx)) !== 'skipped') tables += 1;
      } else {
        if ((await readGrid(readCsv(absolute), ctx)) !== 'skipped') tables += 1;
      }
    } catch (error) {
      limited.finish();
      for (const p of fileProblems) problems.push(p);
      if (error instanceof FileReadError) {
        // The reader named what it refused and where; the parser's own text is left out.
        const at = error.line === undefined ? { file } : { file, line: error.line };
        problems.push(
          makeProblem(tr, error.code, 'error', at, { file, ...error.params } as ProblemParams<ProblemCode>),
        );
        continue;
      }
      if (kind === 'xlsx') problems.push(xlsxFailureProblem(tr, file, error, options.verbose));
      else fail('file-unreadable', { detail: (error as Error).message });
      continue;
    }
    limited.finish();
    if (written === 'template' && nothingFilled(ctx, pack)) {
      skip(written);
      continue;
    }
    for (const p of fileProblems) problems.push(p);
    for (const b of fileBlankBenchmarks) blankBenchmarks.push(b);
    if (!tables) fail('data-no-table', {});
    for (const r of ctx.records) records.push(r);
    for (const b of ctx.benchmarks) benchmarks.push(b);
    inputs.push({ path: file, sha256: await sha256File(absolute), kind });
  }
  const dedupedRecords = dropDuplicateRecords(records, tr);
  const dedupedBenchmarks = dropDuplicateBenchmarks(benchmarks, tr);
  append(problems, dedupedRecords.problems);
  append(problems, dedupedBenchmarks.problems);
  // A blank cell whose value is filled elsewhere is not "not reported": its warning would mislead.
  const filledElsewhere = new Set(dedupedRecords.superseded.map((r) => formatLocation(r.location)));
  // Likewise a blank benchmark cell whose value another file (the city's 基准值 sheet) supplies.
  const supplied = new Set(dedupedBenchmarks.benchmarks.map((b) => `${b.benchmark}|${b.year}`));
  const suppliedBlanks = new Set(
    blankBenchmarks.filter((b) => supplied.has(`${b.benchmark}|${b.year}`)).map((b) => b.problem),
  );
  const kept = problems.filter(
    (p) => !(p.code === 'value-missing' && filledElsewhere.has(formatLocation(p.location))) && !suppliedBlanks.has(p),
  );
  problems.length = 0;
  append(problems, summariseRepeats(kept, tr));
  const dataset: Dataset = {
    records: dedupedRecords.records,
    benchmarks: dedupedBenchmarks.benchmarks,
    inputs,
    problems: sortProblems(problems),
  };
  if (dedupedRecords.blankTwins.length) dataset.blankTwins = dedupedRecords.blankTwins;
  const unsupplied = blankBenchmarks.filter((b) => !suppliedBlanks.has(b.problem));
  if (unsupplied.length)
    dataset.blankBenchmarks = unsupplied.map((b) => ({
      benchmark: b.benchmark,
      title: b.title,
      year: b.year,
      location: b.problem.location,
    }));
  return dataset;
}
