// What `qcc check` does once chosen: evaluate, write the report, and the exit code --fail-on asks for.
import type { Command } from 'commander';
import { formatters, type FormatName } from '../../report/formatters/index.js';
import { DEFAULT_FAIL_ON, exitCodeFor, type FailOn } from '../../engine/exit-code.js';
import { optionsOf, type CliContext } from '../context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { runEvaluation, type EvaluationOptions } from '../evaluation.js';
import { writeFormatted } from '../output.js';
import { withStdinData, type DataFiles } from '../stdin-data.js';

interface CheckOptions extends EvaluationOptions {
  failOn?: FailOn;
  summary?: boolean;
  stdinFilename?: string;
}

export async function runCheck(ctx: CliContext, files: string[], command: Command): Promise<ExitCode> {
  const options = optionsOf<CheckOptions>(command);
  return withStdinData(ctx, files, options.stdinFilename, (data) => checkFiles(ctx, data, options));
}

async function checkFiles(ctx: CliContext, data: DataFiles, options: CheckOptions): Promise<ExitCode> {
  const run = await runEvaluation(ctx, data.files, { ...options, names: data.names });
  if (!run) return EXIT.cannotRun;
  const formatter = formatters[(options.format ?? 'table') as FormatName];
  await writeFormatted(ctx, formatter, run.report, {
    output: options.output,
    inputs: run.inputs,
    problems: run.report.problems,
    ...(options.summary ? { summary: true } : {}),
  });
  return exitCodeFor(run.report, options.failOn ?? DEFAULT_FAIL_ON);
}
