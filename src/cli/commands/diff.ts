// `qcc diff before.json after.json`: progress between two self-checks. Exit 1 when an outcome newly fails.
import type { Command } from 'commander';
import { readReportJson } from '../../data/read-report.js';
import { diffReports } from '../../engine/diff.js';
import { diffFormatters, type DiffFormat } from '../../report/diff/index.js';
import { optionsOf, printProblems, type CliContext, type CommonOptions } from '../context.js';
import { action } from '../action.js';
import { EXIT } from '../exit-codes.js';
import { addOutputOptions } from '../options.js';
import { writeFormatted } from '../output.js';

export function registerDiff(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const diff = program
    .command('diff')
    .description(tr.t('gaps.cmd.diff'))
    .argument('<before>', tr.t('gaps.arg.before'))
    .argument('<after>', tr.t('gaps.arg.after'));
  addOutputOptions(diff, tr, diffFormatters, 'table').action(
    action(ctx, async (beforePath: string, afterPath: string, _options: unknown, command: Command) => {
      const options = optionsOf<CommonOptions>(command);
      const before = await readReportJson(beforePath, ctx.io.cwd, tr);
      const after = await readReportJson(afterPath, ctx.io.cwd, tr);
      printProblems(ctx, [...before.problems, ...after.problems]);
      if (!before.report || !after.report) return EXIT.cannotRun;
      const changes = diffReports(before.report, after.report);
      await writeFormatted(ctx, diffFormatters[(options.format ?? 'table') as DiffFormat], changes, {
        output: options.output,
        inputs: [beforePath, afterPath],
      });
      return changes.newlyFailing.length ? EXIT.findings : EXIT.ok;
    }),
  );
}
