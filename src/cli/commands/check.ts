// `qcc check [files…]`: the self-check — validate, evaluate and print the report; exit 0, 1 or 2.
import { Option, type Command } from 'commander';
import { CHECK_FORMATS } from '../../report/format-names.js';
// A pure list and its default (no engine code runs): the choices are part of the command's help.
import { DEFAULT_FAIL_ON, FAIL_ON } from '../../engine/exit-code.js';
import type { CliContext } from '../context.js';
import { action } from '../action.js';
import { addEvaluationOptions, addOutputOptions } from '../options.js';
import { maxWarningsOption, quietOption } from '../warnings.js';

export function registerCheck(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const check = program
    .command('check')
    .description(tr.t('cli.cmd.check'))
    .argument('[files...]', tr.t('cli.arg.files'));
  addOutputOptions(addEvaluationOptions(check, tr), tr, CHECK_FORMATS, 'table')
    .addOption(
      new Option('--fail-on <level>', tr.t('cli.option.fail-on', { choices: FAIL_ON.join(', ') }))
        .choices([...FAIL_ON])
        .default(DEFAULT_FAIL_ON),
    )
    .option('--summary', tr.t('cli.option.summary'))
    .addOption(quietOption(tr))
    .addOption(maxWarningsOption(tr))
    .option('--stdin-filename <name>', tr.t('cli.option.stdin-filename'))
    .option('--previous <report.json>', tr.t('cli.option.previous-report'))
    .action(
      action(ctx, async (files: string[], _options: unknown, command: Command) =>
        (await import('./check-action.js')).runCheck(ctx, files, command),
      ),
    );
}
