// `qcc diff before.json after.json`: progress between two self-checks. Exit 1 when an outcome newly fails.
import { Option, type Command } from 'commander';
import { readReportJson } from '../../data/read-report.js';
import { diffReports } from '../../engine/diff.js';
import { diffFormatters, type DiffFormat } from '../../report/diff/index.js';
import { emit, optionsOf, printProblems, type CliContext, type CommonOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';

export function registerDiff(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const formats = Object.keys(diffFormatters);
  program
    .command('diff')
    .description(tr.t('gaps.cmd.diff'))
    .argument('<before>', tr.t('gaps.arg.before'))
    .argument('<after>', tr.t('gaps.arg.after'))
    .addOption(new Option('--format <format>', tr.t('cli.option.format', { choices: formats.join(', ') })).choices(formats).default('table'))
    .option('-o, --output <file>', tr.t('cli.option.output'))
    .action(async (beforePath: string, afterPath: string, _options, command: Command) => {
      const options = optionsOf<CommonOptions>(command);
      const before = await readReportJson(beforePath, ctx.io.cwd, tr);
      const after = await readReportJson(afterPath, ctx.io.cwd, tr);
      printProblems(ctx, [...before.problems, ...after.problems]);
      if (!before.report || !after.report) return void (ctx.exitCode = EXIT.cannotRun);
      const diff = diffReports(before.report, after.report);
      const text = diffFormatters[(options.format ?? 'table') as DiffFormat](diff, tr);
      if (!(await emit(ctx, text, options.output, [beforePath, afterPath]))) return;
      ctx.exitCode = diff.newlyFailing.length ? EXIT.findings : EXIT.ok;
    });
}
