// `qcc template -o 填报模板.xlsx`: the data-entry workbook for the pack and the profile's regions and years.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { action } from '../action.js';
import { addPackOptions, forceOption, outputOption, yearOption } from '../options.js';

export function registerTemplate(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const template = program.command('template').description(tr.t('gaps.cmd.template'));
  addPackOptions(template, tr)
    .addOption(yearOption(tr))
    .option('--years <n>', tr.t('gaps.option.years'))
    .option('--region <region>', tr.t('gaps.option.template-region'))
    .addOption(outputOption(tr))
    .addOption(forceOption(tr))
    .action(
      action(ctx, async (_options: unknown, command: Command) =>
        (await import('./template-action.js')).runTemplate(ctx, command),
      ),
    );
}
