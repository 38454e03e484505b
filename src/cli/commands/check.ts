// `qcc check [files…]`: the self-check — validate, evaluate and print the report; exit 0, 1 or 2.
import { Option, type Command } from 'commander';
import { formatNames, formatters, type FormatName } from '../../report/formatters/index.js';
import { DEFAULT_FAIL_ON, exitCodeFor, FAIL_ON, type FailOn } from '../../engine/exit-code.js';
import { emit, optionsOf, printProblems, type CliContext } from '../context.js';
import { addEvaluationOptions, runEvaluation, type EvaluationOptions } from '../evaluation.js';

const MACHINE_FORMATS: ReadonlySet<FormatName> = new Set(['json', 'junit', 'github']);

interface CheckOptions extends EvaluationOptions {
  failOn?: FailOn;
}

export function registerCheck(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const check = program.command('check').description(tr.t('cli.cmd.check')).argument('[files...]', tr.t('cli.arg.files'));
  addEvaluationOptions(check, tr)
    .addOption(new Option('--format <format>', tr.t('cli.option.format', { choices: formatNames.join(', ') })).choices(formatNames).default('table'))
    .option('-o, --output <file>', tr.t('cli.option.output'))
    .addOption(new Option('--fail-on <level>', tr.t('cli.option.fail-on', { choices: FAIL_ON.join(', ') })).choices([...FAIL_ON]).default(DEFAULT_FAIL_ON))
    .action(async (files: string[], _options, command: Command) => {
      const options = optionsOf<CheckOptions>(command);
      const run = await runEvaluation(ctx, files, options);
      if (!run) return;
      const format = (options.format ?? 'table') as FormatName;
      // The machine formats carry the problems themselves; for people they go to stderr, each with its place.
      if (!MACHINE_FORMATS.has(format)) printProblems(ctx, run.report.problems);
      const width = ctx.io.stdout.columns;
      const output = await formatters[format](run.report, { tr, color: ctx.color && !options.output, failOn: options.failOn, ...(width ? { width } : {}) });
      if (!(await emit(ctx, output, options.output, run.inputs))) return;
      ctx.exitCode = exitCodeFor(run.report, options.failOn ?? DEFAULT_FAIL_ON);
    });
}
