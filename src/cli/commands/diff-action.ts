// What `qcc diff` does once chosen: read both reports, compare them, write the changes.
import type { Command } from 'commander';
import { readReportJson } from '../../data/read-report.js';
import { diffReports } from '../../engine/diff.js';
import { diffFormatters, type DiffFormat } from '../../report/diff/index.js';
import { optionsOf, type CliContext, type CommonOptions } from '../context.js';
import { printProblems } from '../load-pack.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { writeFormatted } from '../output.js';

export async function runDiff(
  ctx: CliContext,
  beforePath: string,
  afterPath: string,
  command: Command,
): Promise<ExitCode> {
  const { tr } = ctx;
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
}
