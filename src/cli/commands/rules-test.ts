// `qcc rules test [dir]`: runs a pack's own cases (tests/*.yaml); exit 0 all pass, 1 a case fails, 2 cannot run.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { action } from '../action.js';
import { packOption } from '../options.js';

export function registerRulesTest(rules: Command, ctx: CliContext): void {
  const { tr } = ctx;
  rules
    .command('test')
    .description(tr.t('cli.cmd.rules.test'))
    .argument('[dir]', tr.t('cli.arg.dir'))
    .addOption(packOption(tr))
    .action(
      action(ctx, async (dirArg: string | undefined, _options: unknown, command: Command) =>
        (await import('./rules-test-action.js')).runRulesTest(ctx, dirArg, command),
      ),
    );
}
