// `qcc explain ITEM [files…]`: one item's rule, basis, the records used, the computation and the gap.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { action } from '../action.js';
import { addEvaluationOptions } from '../options.js';

export function registerExplain(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const explain = program
    .command('explain')
    .description(tr.t('cli.cmd.explain'))
    .argument('<item>', tr.t('cli.arg.item'))
    .argument('[files...]', tr.t('cli.arg.files'));
  addEvaluationOptions(explain, tr).action(
    action(ctx, async (item: string, files: string[], _options: unknown, command: Command) =>
      (await import('./explain-action.js')).runExplain(ctx, item, files, command),
    ),
  );
}
