// What `qcc validate` does once chosen: read the data files and report their problems, nothing evaluated.
import type { Command } from 'commander';
import { readDataFiles, UNREADABLE_FILE_CODES } from '../../data/read-data.js';
import { summariseMissing } from '../../data/summarise-missing.js';
import { evidenceProblems } from '../../data/evidence-problems.js';
import { sortProblems } from '../../util/sort-problems.js';
import { NO_INPUT_CODES } from '../../data/expand-inputs.js';
import { validationFormatters, type ValidationFormat } from '../../report/validation/index.js';
import { optionsOf, type CliContext, type CommonOptions } from '../context.js';
import { loadPackAndProfile, printProblems } from '../load-pack.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { folderOf } from '../evaluation.js';
import { writeFormatted } from '../output.js';
import { UsageError } from '../usage-error.js';
import { toolInfo } from '../version.js';
import { appendStepSummary } from '../step-summary.js';
import { validationStepSummary } from '../../report/step-summary.js';
import { withStdinData } from '../stdin-data.js';
import { maxWarnings, noteHiddenWarnings, shownProblems, tooManyWarnings, type WarningOptions } from '../warnings.js';
import type { FailOn } from '../../engine/exit-code.js';
import { readingProgress } from '../reading-progress.js';

interface ValidateOptions extends CommonOptions, WarningOptions {
  stdinFilename?: string;
  failOn?: FailOn;
}

export async function runValidate(ctx: CliContext, given: string[], command: Command): Promise<ExitCode> {
  const options = optionsOf<ValidateOptions>(command);
  if (!given.length) throw new UsageError(ctx.tr.t('cli.error.no-files'));
  maxWarnings(ctx.tr, options);
  return withStdinData(ctx, given, options.stdinFilename, ({ files, names }) =>
    validateFiles(ctx, files, names, options),
  );
}

async function validateFiles(
  ctx: CliContext,
  files: string[],
  names: ReadonlyMap<string, string>,
  options: ValidateOptions,
): Promise<ExitCode> {
  const { tr } = ctx;
  const { loaded, problems } = loadPackAndProfile(ctx, options);
  printProblems(ctx, problems);
  if (!loaded) throw new UsageError(tr.t('cli.error.cannot-continue'));
  const dataFolder = folderOf(loaded.profile);
  const dataset = await readDataFiles(files, {
    cwd: ctx.io.cwd,
    tr,
    pack: loaded.pack,
    profile: loaded.profile,
    ...(dataFolder ? { dataFolder } : {}),
    ...(options.verbose ? { verbose: true } : {}),
    ...readingProgress(ctx),
    names,
  });
  ctx.progress?.done();
  // The summary is what every format shows (JSON and CI annotations too), so a partly filled file stays readable.
  if (!options.verbose) dataset.problems = summariseMissing(dataset, tr);
  // What the check would fail for lack of 佐证材料, said at the cell while the file can still be fixed.
  dataset.problems = sortProblems([...dataset.problems, ...evidenceProblems(dataset.records, loaded.pack, tr)]);
  // Files counted: those read, and those that could not be read at all.
  const unreadable = dataset.problems.filter((p) => UNREADABLE_FILE_CODES.has(p.code)).map((p) => p.location.file);
  const counted = [...new Set([...dataset.inputs.map((i) => i.path), ...unreadable])].sort();
  const result = {
    inputs: dataset.inputs,
    files: counted,
    records: dataset.records.length,
    problems: shownProblems(dataset.problems, options),
    ...(options.quiet ? { hiddenWarnings: dataset.problems.filter((p) => p.severity === 'warning').length } : {}),
    tool: toolInfo(),
  };
  const formatter = validationFormatters[(options.format ?? 'table') as ValidationFormat];
  await writeFormatted(ctx, formatter, result, { output: options.output, inputs: [...files, ...counted] });
  noteHiddenWarnings(ctx, dataset.problems, options);
  appendStepSummary(ctx, () => validationStepSummary(result, tr));
  const errors = dataset.problems.filter((p) => p.severity === 'error');
  // Nothing checked is not a pass: a folder or pattern that gave no file, or only files qcc wrote itself.
  const onlyQcc =
    !dataset.inputs.length && !errors.length && dataset.problems.some((p) => p.code === 'input-written-by-qcc');
  if (onlyQcc) throw new UsageError(tr.t('cli.error.only-qcc-files'));
  const cannotRun = errors.some((p) => UNREADABLE_FILE_CODES.has(p.code) || NO_INPUT_CODES.has(p.code));
  if (cannotRun) return EXIT.cannotRun;
  // --fail-on as check has it: none never fails; warning fails on any problem shown; every other level on errors
  // (validate judges no requirement, so verdict … missing all mean "the data has errors").
  const failOn = options.failOn ?? 'error';
  const failed = failOn === 'none' ? false : errors.length > 0 || (failOn === 'warning' && result.problems.length > 0);
  return failed || tooManyWarnings(result.problems, maxWarnings(tr, options)) ? EXIT.findings : EXIT.ok;
}
