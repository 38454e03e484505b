// `qcc init`: a commented qcc.yaml, the data-entry template and the folder 报送/; never overwrites a file.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { action } from '../action.js';
import { packOption, yearOption } from '../options.js';

export function registerInit(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  program
    .command('init')
    .description(tr.t('gaps.cmd.init'))
    .addOption(packOption(tr))
    .option('--city <name>', tr.t('gaps.option.city'))
    .option('--districts <list>', tr.t('gaps.option.districts'))
    .addOption(yearOption(tr))
    .action(
      action(ctx, async (_options: unknown, command: Command) =>
        (await import('./init-action.js')).runInit(ctx, command),
      ),
    );
}
