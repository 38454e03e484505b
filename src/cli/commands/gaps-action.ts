// What `qcc gaps` does once chosen: a report (evaluated, or read from --report), the previous lists, the new list.
import { append } from '../../util/append.js';
import type { Command } from 'commander';
import type { Pack, Problem, Profile, Report } from '../../model/index.js';
import { readGapList } from '../../data/read-gap-list.js';
import { readReportJson } from '../../data/read-report.js';
import { gapListFormatters, gapListModel, type GapListFormat } from '../../report/gap-list/index.js';
import { formatNames, formatOfFile } from '../../report/formatter.js';
import { makeProblem } from '../../wording/problem.js';
import { optionsOf, type CliContext } from '../context.js';
import { loadPackAndProfile, printProblems } from '../load-pack.js';
import type { EvaluationOptions } from '../evaluation.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { writeFormatted } from '../output.js';
import { UsageError } from '../usage-error.js';
import type { Evaluator } from './gaps.js';

interface GapsOptions extends EvaluationOptions {
  force?: boolean;
  previous?: string[];
  report?: string;
}

/** --format, else what -o's extension says, else the first (xlsx). */
function formatOf(options: GapsOptions): GapListFormat {
  return (
    (options.format as GapListFormat | undefined) ??
    formatOfFile(gapListFormatters, options.output) ??
    formatNames(gapListFormatters)[0]!
  );
}

export async function runGaps(
  ctx: CliContext,
  files: string[],
  command: Command,
  evaluator: Evaluator,
): Promise<ExitCode> {
  const { tr, io } = ctx;
  const options = optionsOf<GapsOptions>(command);
  const formatter = gapListFormatters[formatOf(options)];
  if (formatter.binary && !options.output) throw new UsageError(tr.t('gaps.cli.format-xlsx-needs-output'));
  const problems: Problem[] = [];
  let report: Report | undefined;
  let pack: Pack;
  let profile: Profile;
  if (options.report) {
    // A saved check: the list is made from it without reading data again.
    const { loaded, problems: loadProblems } = loadPackAndProfile(ctx, options);
    append(problems, loadProblems);
    if (!loaded) {
      printProblems(ctx, problems);
      return EXIT.cannotRun;
    }
    ({ pack, profile } = loaded);
    const read = await readReportJson(options.report, io.cwd, tr);
    append(problems, read.problems);
    report = read.report;
  } else {
    const run = await evaluator(ctx, files, options);
    if (!run) return EXIT.cannotRun; // the pipeline has said why
    ({ pack, profile, report } = run);
    append(problems, run.report.problems);
  }
  // Several previous lists (each department sending back its own copy) are read as one.
  const previousFiles = options.previous ?? [];
  const reads = [];
  for (const file of previousFiles) reads.push(await readGapList(file, io.cwd, tr));
  append(
    problems,
    reads.flatMap((r) => r.problems),
  );
  if (!report || reads.some((r) => !r.list)) {
    printProblems(ctx, problems);
    return EXIT.cannotRun;
  }
  const lists = reads.flatMap((r) => (r.list ? [r.list] : []));
  const previous = lists.length
    ? {
        file: lists.map((l) => l.file).join(tr.t('gaps.list.join')),
        rows: lists.flatMap((l) => (lists.length > 1 ? l.rows.map((row) => ({ ...row, file: l.file })) : l.rows)),
      }
    : undefined;
  const model = gapListModel(report, pack, profile, previous, tr);
  if (model.previous?.unmatched.length) {
    problems.push(
      makeProblem(
        tr,
        'gap-list-unmatched',
        'warning',
        { file: model.previous.file, sheet: tr.t('gaps.sheet.unmatched') },
        { n: model.previous.unmatched.length },
      ),
    );
  }
  // Never over a data file, the report read, or the previous list: the new list must be a new file.
  const inputs = [
    ...files,
    ...previousFiles,
    ...(options.report ? [options.report] : []),
    ...(profile.file ? [profile.file] : []),
    ...report.inputs.map((i) => i.path),
  ];
  // A gap list is where people type: an existing one is never replaced unless --force says so.
  if (options.output) ctx.progress?.step(tr.t('cli.progress.writing', { file: options.output }));
  try {
    await writeFormatted(ctx, formatter, model, {
      output: options.output,
      inputs,
      keepExisting: !options.force,
      problems,
    });
  } finally {
    ctx.progress?.done();
  }
  if (model.previous) {
    const p = model.previous;
    // "0 rows could not be matched and are kept in 未匹配" reads as if something had gone wrong.
    const key = p.unmatched.length ? 'gaps.cli.carried' : 'gaps.cli.carried-all';
    const counts = { carried: p.carried, closed: p.closed.length, unmatched: p.unmatched.length };
    io.stderr.write(`${tr.t(key, { file: p.file, ...counts })}\n`);
  }
  if (options.output)
    io.stderr.write(`${tr.t('gaps.cli.written', { file: options.output, rows: model.rows.length })}\n`);
  return EXIT.ok;
}
