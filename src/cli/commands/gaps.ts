// `qcc gaps [files…] -o 整改清单.xlsx [--previous old.xlsx]`: the gap list, carrying over what people typed into the last one.
// The data reader and the engine are passed in (GapsEngine) so that this file does not depend on how they are built;
// the command index wires the real ones: registerGapsWith({ readDataFiles, evaluate }).
import { Option, type Command } from 'commander';
import type { Dataset, Pack, Profile, Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { readGapList } from '../../data/read-gap-list.js';
import { readReportJson } from '../../data/read-report.js';
import { gapListFormatters, type GapListFormat } from '../../report/gap-list/index.js';
import { gapListModel } from '../../report/gap-list/gap-list-model.js';
import { makeProblem } from '../../util/problem.js';
import { emit, loadPackAndProfile, optionsOf, printProblems, type CliContext, type CommonOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { toolInfo } from '../version.js';
import type { RegisterCommand } from './index.js';

/**
 * What `qcc gaps` needs from the data reader and the engine; shaped like readDataFiles (src/data/read-data.ts) and
 * evaluate (src/engine/evaluate.ts) so that they can be passed as they are.
 */
export interface GapsEngine {
  readDataFiles(paths: readonly string[], options: { cwd: string; tr: Translator; pack: Pack; profile: Profile }): Promise<Dataset>;
  evaluate(input: { pack: Pack; profile: Profile; dataset: Dataset; year?: number; today: string; tool: { name: string; version: string }; tr: Translator }): Report;
  /** Problem codes meaning a file could not be read at all: the list is then not made (exit 2). */
  unreadableCodes?: ReadonlySet<string>;
}

interface GapsOptions extends CommonOptions {
  previous?: string[];
  report?: string;
}

/** --format, else what -o's extension says, else xlsx. */
function formatOf(options: GapsOptions): GapListFormat {
  if (options.format) return options.format as GapListFormat;
  if (/\.(md|markdown)$/i.test(options.output ?? '')) return 'markdown';
  if (/\.csv$/i.test(options.output ?? '')) return 'csv';
  return 'xlsx';
}

export function registerGapsWith(engine?: GapsEngine): RegisterCommand {
  return (program: Command, ctx: CliContext) => {
    const { tr, io } = ctx;
    const formats = Object.keys(gapListFormatters);
    program
      .command('gaps')
      .description(tr.t('gaps.cmd.gaps'))
      .argument('[files...]', tr.t('gaps.arg.files'))
      .option('--pack <pack>', tr.t('cli.option.pack'))
      .option('--profile <file>', tr.t('cli.option.profile'))
      .option('--year <year>', tr.t('cli.option.year'))
      .option('--previous <file>', tr.t('gaps.option.previous'), (file: string, all: string[] = []) => [...all, file])
      .option('--report <file>', tr.t('gaps.option.report'))
      .addOption(new Option('--format <format>', tr.t('cli.option.format', { choices: formats.join(', ') })).choices(formats))
      .option('-o, --output <file>', tr.t('cli.option.output'))
      .action(async (files: string[], _options, command: Command) => {
        const options = optionsOf<GapsOptions>(command);
        const format = formatOf(options);
        if (format === 'xlsx' && !options.output) {
          io.stderr.write(`qcc: ${tr.t('gaps.cli.format-xlsx-needs-output')}\n`);
          return void (ctx.exitCode = EXIT.cannotRun);
        }
        const { loaded, problems } = loadPackAndProfile(ctx, options);
        if (!loaded) {
          printProblems(ctx, problems);
          return void (ctx.exitCode = EXIT.cannotRun);
        }
        const { pack, profile } = loaded;
        let report: Report | undefined;
        if (options.report) {
          const read = await readReportJson(options.report, io.cwd, tr);
          problems.push(...read.problems);
          report = read.report;
        } else if (engine) {
          const dataset = await engine.readDataFiles(files, { cwd: io.cwd, tr, pack, profile });
          problems.push(...dataset.problems);
          if (!dataset.problems.some((p) => engine.unreadableCodes?.has(p.code))) {
            const year = options.year && /^\d{4}$/.test(options.year) ? Number(options.year) : undefined;
            const today = io.today ?? new Date().toISOString().slice(0, 10);
            report = engine.evaluate({ pack, profile, dataset, ...(year ? { year } : {}), today, tool: toolInfo(), tr });
            // The report may repeat the data problems: each is said once.
            const said = new Set(problems.map((p) => JSON.stringify(p)));
            problems.push(...report.problems.filter((p) => !said.has(JSON.stringify(p))));
          }
        } else {
          io.stderr.write(`qcc: gaps ${tr.t('cli.coming')}\n`);
          return void (ctx.exitCode = EXIT.cannotRun);
        }
        // Several previous lists (each department sending back its own copy) are read as one.
        const previousFiles = options.previous ?? [];
        const reads = [];
        for (const file of previousFiles) reads.push(await readGapList(file, io.cwd, tr));
        problems.push(...reads.flatMap((r) => r.problems));
        if (!report || reads.some((r) => !r.list)) {
          printProblems(ctx, problems);
          return void (ctx.exitCode = EXIT.cannotRun);
        }
        const lists = reads.flatMap((r) => (r.list ? [r.list] : []));
        const previous = lists.length
          ? { file: lists.map((l) => l.file).join(tr.t('gaps.list.join')), rows: lists.flatMap((l) => (lists.length > 1 ? l.rows.map((row) => ({ ...row, file: l.file })) : l.rows)) }
          : undefined;
        const model = gapListModel(report, pack, profile, previous, { tr });
        if (model.previous?.unmatched.length) {
          problems.push(makeProblem(tr, 'gap-list-unmatched', 'warning', { file: model.previous.file, sheet: tr.t('gaps.sheet.unmatched') }, { n: model.previous.unmatched.length }));
        }
        printProblems(ctx, problems);
        const content = await gapListFormatters[format](report, pack, profile, previous, { tr });
        // Never over a data file, the report read, or the previous list: the new list must be a new file.
        const inputs = [...files, ...previousFiles, ...(options.report ? [options.report] : []), ...(profile.file ? [profile.file] : [])];
        if (!(await emit(ctx, content, options.output, inputs))) return;
        if (model.previous) {
          const p = model.previous;
          io.stderr.write(`${tr.t('gaps.cli.carried', { file: p.file, carried: p.carried, closed: p.closed.length, unmatched: p.unmatched.length })}\n`);
        }
        if (options.output) io.stderr.write(`${tr.t('gaps.cli.written', { file: options.output, rows: model.rows.length })}\n`);
        ctx.exitCode = EXIT.ok;
      });
  };
}
