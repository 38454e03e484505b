// `qcc validate [files…]`: reads submitted data files (files, folders, globs) and reports data problems only.
import { Option, type Command } from 'commander';
import { VALIDATION_FORMATS } from '../../report/format-names.js';
import type { CliContext } from '../context.js';
import { action } from '../action.js';
import { addOutputOptions, addPackOptions, verboseOption } from '../options.js';
import { maxWarningsOption, quietOption } from '../warnings.js';
// A pure list (no engine code runs): validate takes check's levels, so one CI line fits both.
import { FAIL_ON } from '../../engine/exit-code.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const validate = program
    .command('validate')
    .description(tr.t('cli.cmd.validate'))
    .argument('[files...]', tr.t('cli.arg.validate-files'));
  addOutputOptions(addPackOptions(validate, tr), tr, VALIDATION_FORMATS, 'table')
    .addOption(verboseOption(tr))
    .addOption(
      new Option('--fail-on <level>', tr.t('cli.option.validate-fail-on', { choices: FAIL_ON.join(', ') }))
        .choices([...FAIL_ON])
        .default('error'),
    )
    .addOption(quietOption(tr))
    .addOption(maxWarningsOption(tr))
    .option('--stdin-filename <name>', tr.t('cli.option.stdin-filename'))
    .action(
      action(ctx, async (files: string[], _options: unknown, command: Command) =>
        (await import('./validate-action.js')).runValidate(ctx, files, command),
      ),
    );
}
