// `qcc check [files…]`: the self-check — validate, evaluate and print the report; exit 0, 1 or 2.
import { Option, type Command } from 'commander';
import { formatters, type FormatName } from '../../report/formatters/index.js';
import { DEFAULT_FAIL_ON, exitCodeFor, FAIL_ON, type FailOn } from '../../engine/exit-code.js';
import { optionsOf, type CliContext } from '../context.js';
import { action } from '../action.js';
import { EXIT } from '../exit-codes.js';
import { runEvaluation, type EvaluationOptions } from '../evaluation.js';
import { addEvaluationOptions, addOutputOptions } from '../options.js';
import { writeFormatted } from '../output.js';

interface CheckOptions extends EvaluationOptions {
  failOn?: FailOn;
}

export function registerCheck(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const check = program
    .command('check')
    .description(tr.t('cli.cmd.check'))
    .argument('[files...]', tr.t('cli.arg.files'));
  addOutputOptions(addEvaluationOptions(check, tr), tr, formatters, 'table')
    .addOption(
      new Option('--fail-on <level>', tr.t('cli.option.fail-on', { choices: FAIL_ON.join(', ') }))
        .choices([...FAIL_ON])
        .default(DEFAULT_FAIL_ON),
    )
    .action(
      action(ctx, async (files: string[], _options: unknown, command: Command) => {
        const options = optionsOf<CheckOptions>(command);
        const run = await runEvaluation(ctx, files, options);
        if (!run) return EXIT.cannotRun;
        const formatter = formatters[(options.format ?? 'table') as FormatName];
        await writeFormatted(ctx, formatter, run.report, {
          output: options.output,
          inputs: run.inputs,
          problems: run.report.problems,
        });
        return exitCodeFor(run.report, options.failOn ?? DEFAULT_FAIL_ON);
      }),
    );
}
