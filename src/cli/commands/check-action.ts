// What `qcc check` does once chosen: evaluate, write the report, and the exit code --fail-on asks for.
import type { Command } from 'commander';
import { formatters, type FormatName } from '../../report/formatters/index.js';
import { DEFAULT_FAIL_ON, exitCodeFor, type FailOn } from '../../engine/exit-code.js';
import { optionsOf, type CliContext } from '../context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { runEvaluation, type EvaluationOptions } from '../evaluation.js';
import { writeFormatted } from '../output.js';
import { readReportJson } from '../../data/read-report.js';
import { diffReports } from '../../engine/diff.js';
import type { Report } from '../../model/index.js';
import { printProblems } from '../load-pack.js';
import { UsageError } from '../usage-error.js';

interface CheckOptions extends EvaluationOptions {
  failOn?: FailOn;
  summary?: boolean;
  previous?: string;
}

export async function runCheck(ctx: CliContext, files: string[], command: Command): Promise<ExitCode> {
  const options = optionsOf<CheckOptions>(command);
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
  const run = await runEvaluation(ctx, files, options);
  if (!run) return EXIT.cannotRun;
  await writeFormatted(ctx, formatters[format], run.report, {
    output: options.output,
    inputs: previous && options.previous ? [...run.inputs, options.previous] : run.inputs,
    problems: run.report.problems,
    ...(options.summary ? { summary: true } : {}),
    ...(previous ? { changes: diffReports(previous, run.report) } : {}),
  });
  return exitCodeFor(run.report, options.failOn ?? DEFAULT_FAIL_ON);
}
