// `qcc validate [files…]`: reads submitted data files (files, folders, globs) against the pack and profile and reports data problems only.
import { Option, type Command } from 'commander';
import { readDataFiles, UNREADABLE_FILE_CODES } from '../../data/read-data.js';
import { summariseMissing } from '../../data/summarise-missing.js';
import { evidenceProblems } from '../../data/evidence-problems.js';
import { sortProblems } from '../../util/sort-problems.js';
import { NO_INPUT_CODES } from '../../data/expand-inputs.js';
import { validationFormatters, type ValidationFormat } from '../../report/validation/index.js';
import { emit, loadPackAndProfile, optionsOf, printProblems, type CliContext, type CommonOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { folderOf } from '../evaluation.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const formats = Object.keys(validationFormatters);
  program
    .command('validate')
    .description(tr.t('cli.cmd.validate'))
    .argument('[files...]', tr.t('cli.arg.validate-files'))
    .option('--pack <pack>', tr.t('cli.option.pack'))
    .option('--profile <file>', tr.t('cli.option.profile'))
    .addOption(new Option('--format <format>', tr.t('cli.option.format', { choices: formats.join(', ') })).choices(formats).default('table'))
    .option('-o, --output <file>', tr.t('cli.option.output'))
    .option('--verbose', tr.t('cli.option.verbose'))
    .action(async (files: string[], _options, command: Command) => {
      const options = optionsOf<CommonOptions>(command);
      if (!files.length) {
        ctx.io.stderr.write(`qcc: ${tr.t('cli.error.no-files')}\n`);
        ctx.exitCode = EXIT.cannotRun;
        return;
      }
      const { loaded, problems } = loadPackAndProfile(ctx, options);
      printProblems(ctx, problems);
      if (!loaded) {
        ctx.io.stderr.write(`qcc: ${tr.t('cli.error.cannot-continue')}\n`);
        ctx.exitCode = EXIT.cannotRun;
        return;
      }
      const dataFolder = folderOf(loaded.profile);
      const dataset = await readDataFiles(files, { cwd: ctx.io.cwd, tr, pack: loaded.pack, profile: loaded.profile, ...(dataFolder ? { dataFolder } : {}) });
      // The summary is what every format shows (JSON and CI annotations too), so a partly filled file stays readable.
      if (!options.verbose) dataset.problems = summariseMissing(dataset, tr);
      // What the check would fail for lack of 佐证材料, said at the cell while the file can still be fixed.
      dataset.problems = sortProblems([...dataset.problems, ...evidenceProblems(dataset.records, loaded.pack, tr)]);
      // Files counted: those read, and those that could not be read at all.
      const unreadable = dataset.problems.filter((p) => UNREADABLE_FILE_CODES.has(p.code)).map((p) => p.location.file);
      const counted = [...new Set([...dataset.inputs.map((i) => i.path), ...unreadable])].sort();
      const result = { inputs: dataset.inputs, files: counted, records: dataset.records.length, problems: dataset.problems };
      const format = (options.format ?? 'table') as ValidationFormat;
      const text = validationFormatters[format](result, { tr, color: ctx.color && !options.output });
      if (!(await emit(ctx, text, options.output, [...files, ...counted]))) return;
      const errors = dataset.problems.filter((p) => p.severity === 'error');
      // Nothing checked is not a pass: a folder or pattern that gave no file, or only files qcc wrote itself.
      const onlyQcc = !dataset.inputs.length && !errors.length && dataset.problems.some((p) => p.code === 'input-written-by-qcc');
      if (onlyQcc) ctx.io.stderr.write(`qcc: ${tr.t('cli.error.only-qcc-files')}\n`);
      const cannotRun = onlyQcc || errors.some((p) => UNREADABLE_FILE_CODES.has(p.code) || NO_INPUT_CODES.has(p.code));
      ctx.exitCode = cannotRun ? EXIT.cannotRun : errors.length ? EXIT.findings : EXIT.ok;
    });
}
