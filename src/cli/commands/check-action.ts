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
import { maxWarnings, shownProblems, tooManyWarnings, type WarningOptions } from '../warnings.js';

interface CheckOptions extends EvaluationOptions, WarningOptions {
  failOn?: FailOn;
  summary?: boolean;
  stdinFilename?: string;
}

export async function runCheck(ctx: CliContext, files: string[], command: Command): Promise<ExitCode> {
  const options = optionsOf<CheckOptions>(command);
  maxWarnings(ctx.tr, options);
  return withStdinData(ctx, files, options.stdinFilename, (data) => checkFiles(ctx, data, options));
}

async function checkFiles(ctx: CliContext, data: DataFiles, options: CheckOptions): Promise<ExitCode> {
  const run = await runEvaluation(ctx, data.files, { ...options, names: data.names });
  if (!run) return EXIT.cannotRun;
  // --quiet: the warnings are left out of every format, and so out of --fail-on warning and --max-warnings.
  const report = options.quiet ? { ...run.report, problems: shownProblems(run.report.problems, options) } : run.report;
  const formatter = formatters[(options.format ?? 'table') as FormatName];
  await writeFormatted(ctx, formatter, report, {
    output: options.output,
    inputs: run.inputs,
    problems: report.problems,
    ...(options.summary ? { summary: true } : {}),
  });
  appendStepSummary(ctx, () => checkStepSummary(report, ctx.tr));
  const code = exitCodeFor(report, options.failOn ?? DEFAULT_FAIL_ON);
  return tooManyWarnings(report.problems, maxWarnings(ctx.tr, options)) ? EXIT.findings : code;
}
