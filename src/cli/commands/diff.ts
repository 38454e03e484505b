// `qcc diff before.json after.json`: progress between two self-checks. Exit 1 when an outcome newly fails.
import type { Command } from 'commander';
import { DIFF_FORMATS } from '../../report/format-names.js';
import type { CliContext } from '../context.js';
import { action } from '../action.js';
import { addOutputOptions } from '../options.js';

export function registerDiff(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const diff = program
    .command('diff')
    .description(tr.t('gaps.cmd.diff'))
    .argument('<before>', tr.t('gaps.arg.before'))
    .argument('<after>', tr.t('gaps.arg.after'));
  addOutputOptions(diff, tr, DIFF_FORMATS, 'table').action(
    action(ctx, async (beforePath: string, afterPath: string, _options: unknown, command: Command) =>
      (await import('./diff-action.js')).runDiff(ctx, beforePath, afterPath, command),
    ),
  );
}
