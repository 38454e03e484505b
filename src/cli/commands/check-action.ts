// What `qcc check` does once chosen: evaluate, write the report, and the exit code --fail-on asks for.
import type { Command } from 'commander';
import { formatters, type FormatName } from '../../report/formatters/index.js';
import { DEFAULT_FAIL_ON, exitCodeFor, type FailOn } from '../../engine/exit-code.js';
import { optionsOf, type CliContext } from '../context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { runEvaluation, type EvaluationOptions } from '../evaluation.js';
import { writeFormatted } from '../output.js';
import { appendStepSummary } from '../step-summary.js';
import { checkStepSummary } from '../../report/step-summary.js';
import { withStdinData, type DataFiles } from '../stdin-data.js';
import { maxWarnings, noteHiddenWarnings, shownProblems, tooManyWarnings, type WarningOptions } from '../warnings.js';
import { readReportJson } from '../../data/read-report.js';
import { diffReports } from '../../engine/diff.js';
import type { Report } from '../../model/index.js';
import { printProblems } from '../load-pack.js';
import { UsageError } from '../usage-error.js';

interface CheckOptions extends EvaluationOptions, WarningOptions {
  failOn?: FailOn;
  summary?: boolean;
  stdinFilename?: string;
  previous?: string;
}

export async function runCheck(ctx: CliContext, files: string[], command: Command): Promise<ExitCode> {
  const options = optionsOf<CheckOptions>(command);
  maxWarnings(ctx.tr, options);
  const format = (options.format ?? 'table') as FormatName;
  if (options.previous !== undefined && format !== 'html') throw new UsageError(ctx.tr.t('cli.error.previous-html'));
  // The previous report first: asked for and unreadable, the run stops with its problems before any work.
  let previous: Report | undefined;
  if (options.previous !== undefined) {
    const read = await readReportJson(options.previous, ctx.io.cwd, ctx.tr);
    if (!read.report) {
      printProblems(ctx, read.problems);
      return EXIT.cannotRun;
    }
    previous = read.report;
  }
  return withStdinData(ctx, files, options.stdinFilename, (data) => checkFiles(ctx, data, options, format, previous));
}

async function checkFiles(
  ctx: CliContext,
  data: DataFiles,
  options: CheckOptions,
  format: FormatName,
  previous: Report | undefined,
): Promise<ExitCode> {
  const run = await runEvaluation(ctx, data.files, { ...options, names: data.names });
  if (!run) return EXIT.cannotRun;
  // --quiet: the warnings are left out of the problem list on stderr, of the formats that carry problems (json,
  // junit, github, sarif) and so of --fail-on warning and --max-warnings. The report a person reads (table, markdown,
  // html, the job summary) keeps its true counts: a signed report must not say 0 warnings when there are some.
  const report = options.quiet ? { ...run.report, problems: shownProblems(run.report.problems, options) } : run.report;
  const formatter = formatters[format];
  const shown = formatter.carriesProblems ? report : run.report;
  await writeFormatted(ctx, formatter, shown, {
    output: options.output,
    inputs: previous && options.previous ? [...run.inputs, options.previous] : run.inputs,
    problems: report.problems,
    ...(options.summary ? { summary: true } : {}),
    ...(previous ? { changes: diffReports(previous, shown) } : {}),
  });
  noteHiddenWarnings(ctx, run.report.problems, options);
  appendStepSummary(ctx, () => checkStepSummary(run.report, ctx.tr));
  const code = exitCodeFor(report, options.failOn ?? DEFAULT_FAIL_ON);
  return tooManyWarnings(report.problems, maxWarnings(ctx.tr, options)) ? EXIT.findings : code;
}
