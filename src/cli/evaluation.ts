// The pipeline that check, explain and gaps share: profile and pack → data files → evaluate → Report.
import { append } from '../util/append.js';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Pack, Profile, Report } from '../model/index.js';
import { readDataFiles, UNREADABLE_FILE_CODES } from '../data/read-data.js';
import { NO_INPUT_CODES, type DataSource } from '../data/expand-inputs.js';
import { isGlob, splitGlob } from '../util/glob.js';
import { hashInputs } from '../pack/hash-inputs.js';
import { summariseMissing } from '../data/summarise-missing.js';
import { evaluate } from '../engine/evaluate.js';
import type { EvidenceDir } from '../engine/evidence.js';
import { unsetTargetProblems } from '../pack/read-profile.js';
import { displayPath } from '../util/display-path.js';
import { evidenceFolder } from '../io/evidence-folder.js';
import { suggest } from '../util/suggest.js';
import type { CliContext, CommonOptions } from './context.js';
import { loadPackAndProfile, printProblems } from './load-pack.js';
import { today } from './today.js';
import { UsageError } from './usage-error.js';
import { toolInfo } from './version.js';
import { readingProgress } from './reading-progress.js';

export interface EvaluationOptions extends CommonOptions {
  evidenceDir?: string;
  /** --date: the day the check is taken as run on (waiver expiry); default today. */
  date?: string;
  /** Names to show for temporary files (data read from stdin). */
  names?: ReadonlyMap<string, string>;
}

export interface Evaluation {
  report: Report;
  pack: Pack;
  profile: Profile;
  /** Every file the run read, so that -o never writes over one of them. */
  inputs: string[];
}

/** An evidence folder: only files inside it count (see src/io/evidence-folder.ts). */
function evidenceAt(dir: string, cwd: string): EvidenceDir {
  const root = resolve(cwd, dir);
  return { shown: displayPath(root, cwd), ...evidenceFolder(root) };
}

/**
 * Runs the whole evaluation. Returns undefined when the pack or profile is invalid or a data file cannot be read at
 * all, having printed those problems (the command exits 2); all other problems travel in the report. A wrong option
 * value, or no data at all, is a UsageError.
 */
export async function runEvaluation(
  ctx: CliContext,
  files: readonly string[],
  options: EvaluationOptions,
): Promise<Evaluation | undefined> {
  checkOptions(ctx, options);
  const { loaded, problems } = loadPackAndProfile(ctx, options);
  // A profile error (an unknown item, a misspelt region, an impossible date) would silently change the
  // result, so the run stops there as for an invalid pack: exit 2, with every mistake and its line.
  if (!loaded || problems.some((p) => p.severity === 'error')) {
    printProblems(ctx, problems);
    return undefined;
  }
  const { pack, profile } = loaded;
  const { sources, shown } = dataSources(ctx, files, profile);
  const dataFolder = files.length ? undefined : folderOf(profile);
  const dataset = await readDataFiles(sources, {
    cwd: ctx.io.cwd,
    tr: ctx.tr,
    pack,
    profile,
    ...(dataFolder ? { dataFolder } : {}),
    ...(options.verbose ? { verbose: true } : {}),
    ...readingProgress(ctx),
    ...(options.names ? { names: options.names } : {}),
  });
  ctx.progress?.done();
  if (!options.verbose) dataset.problems = summariseMissing(dataset, ctx.tr);
  // A file that cannot be read, or a folder or pattern that gives no file: the check would judge less than was asked.
  const unreadable = dataset.problems.filter(
    (p) => p.severity === 'error' && (UNREADABLE_FILE_CODES.has(p.code) || NO_INPUT_CODES.has(p.code)),
  );
  if (unreadable.length) {
    printProblems(ctx, unreadable);
    return undefined;
  }
  if (!dataset.records.length) {
    // Nothing to judge: a report of every item "missing" would only hide that the files were not found or not read.
    printProblems(ctx, dataset.problems);
    const onlyQcc = !dataset.inputs.length && dataset.problems.some((p) => p.code === 'input-written-by-qcc');
    throw new UsageError(
      onlyQcc ? ctx.tr.t('cli.error.only-qcc-files') : ctx.tr.t('cli.error.no-data', { where: shown }),
    );
  }
  append(dataset.problems, problems);
  append(dataset.problems, unsetTargetProblems(pack, profile, ctx.tr));
  // The report names every input with its hash: the data files, and also the rules and the profile they were judged by.
  append(dataset.inputs, await hashInputs(ctx.io.cwd, pack.files, 'pack'));
  append(dataset.inputs, await hashInputs(ctx.io.cwd, profile.file ? [profile.file] : [], 'profile'));
  const year = options.year !== undefined ? Number(options.year.replace('年', '')) : undefined;
  const report = evaluate({
    pack,
    profile,
    dataset,
    today: options.date ?? today(ctx.io),
    tool: toolInfo(),
    tr: ctx.tr,
    ...(year !== undefined && Number.isInteger(year) ? { year } : {}),
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.evidenceDir ? { evidenceDir: evidenceAt(options.evidenceDir, ctx.io.cwd) } : {}),
  });
  // A --region that is neither the city nor one of its districts is a usage error: a report of no outcomes would only
  // mislead. Checked here, once, by the engine: only the data may name the city when the profile does not.
  if (options.region !== undefined && report.problems.some((p) => p.code === 'region-not-in-profile')) {
    const known = [report.profile.city, ...report.profile.districts].filter(Boolean);
    const near = suggest(options.region, known);
    const hint = near ? ctx.tr.t('hint.did-you-mean', { suggestion: near }) : '';
    const regions = known.join(ctx.tr.t('gaps.list.join'));
    throw new UsageError(`${ctx.tr.t('cli.error.bad-region', { value: options.region, regions })}${hint}`);
  }
  // Every file read (not just the folder given), so that -o can never land on one of them.
  const inputs = [
    ...files,
    ...dataset.inputs.map((i) => i.path),
    ...pack.files,
    ...(profile.file ? [profile.file] : []),
  ];
  return { report, pack, profile, inputs };
}

/**
 * Where the data is: the files named on the command line; else the profile's data: (relative to qcc.yaml); else
 * the data files beside qcc.yaml (or in the working folder without one). `shown` names them for a message.
 */
function dataSources(
  ctx: CliContext,
  files: readonly string[],
  profile: Profile,
): { sources: (string | DataSource)[]; shown: string } {
  const { cwd } = ctx.io;
  const join = ctx.tr.t('gaps.list.join');
  if (files.length)
    return { sources: [...files], shown: files.map((f) => displayPath(resolve(cwd, f), cwd)).join(join) };
  const base = profile.file ? resolve(cwd, profile.file, '..') : cwd;
  if (profile.data)
    return {
      sources: profile.data.map((d) => ({ text: d.text, base, location: d.location })),
      shown: profile.data.map((d) => `data: ${d.text}`).join(join),
    };
  return { sources: [{ text: base, base, shallow: true }], shown: displayPath(base, cwd) };
}

/** The folder data: points at, for the note on a blank template (save the filled copy there). */
export function folderOf(profile: Profile): string | undefined {
  const first = profile.data?.[0]?.text;
  if (first === undefined) return undefined;
  const folder = isGlob(first) ? splitGlob(first).base : /\.(xlsx|xlsm|csv|tsv)$/i.test(first) ? dirname(first) : first;
  return folder && folder !== '.' ? `${folder.replace(/[\\/]+$/, '')}/` : undefined;
}

/** Option values that are wrong before anything is read: a usage error (exit 2), said in the user's language. */
function checkOptions(ctx: CliContext, options: EvaluationOptions): void {
  const { tr, io } = ctx;
  if (options.date !== undefined && !isDate(options.date))
    throw new UsageError(tr.t('cli.error.bad-date', { value: options.date }));
  // 2020年 is how people write a year; accept it.
  if (options.year !== undefined && !/^\d{4}年?$/.test(options.year))
    throw new UsageError(tr.t('cli.error.bad-year', { value: options.year }));
  if (options.evidenceDir !== undefined) {
    const dir = resolve(io.cwd, options.evidenceDir);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new UsageError(tr.t('cli.error.bad-evidence-dir', { value: options.evidenceDir }));
  }
}

function isDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
