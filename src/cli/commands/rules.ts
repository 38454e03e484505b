// `qcc rules list / show / lint / schema`: inspect and check rule packs.
import { Option, type Command } from 'commander';
import { rulesFormatters, type RulesFormat } from '../../report/rules/index.js';
import { rulesShow } from '../../report/rules/rules-show.js';
import { readLintTarget } from '../../pack/read-lint-target.js';
import { DEFAULT_PACK } from '../../pack/builtin.js';
import { buildProfile, readProfileFile, unsetTargetProblems } from '../../pack/read-profile.js';
import { SCHEMA_NAMES, schemaJson, type SchemaName } from '../../pack/schemas.js';
import { emit, loadPackAndProfile, optionsOf, printProblems, type CliContext, type CommonOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { registerRulesTest } from './rules-test.js';

export function registerRules(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const rules = program.command('rules').description(tr.t('cli.cmd.rules'));
  const formats = Object.keys(rulesFormatters);

  rules
    .command('list')
    .description(tr.t('cli.cmd.rules.list'))
    .option('--pack <pack>', tr.t('cli.option.pack'))
    .option('--profile <file>', tr.t('cli.option.profile'))
    .addOption(new Option('--format <format>', tr.t('cli.option.format', { choices: formats.join(', ') })).choices(formats).default('table'))
    .option('-o, --output <file>', tr.t('cli.option.output'))
    .action(async (_options, command: Command) => {
      const options = optionsOf<CommonOptions>(command);
      const { loaded, problems } = loadPackAndProfile(ctx, options);
      printProblems(ctx, problems);
      if (!loaded) return void (ctx.exitCode = EXIT.cannotRun);
      const text = rulesFormatters[(options.format ?? 'table') as RulesFormat](loaded.pack, tr);
      await emit(ctx, text, options.output);
    });

  rules
    .command('show')
    .description(tr.t('cli.cmd.rules.show'))
    .argument('<item>', tr.t('cli.arg.item'))
    .option('--pack <pack>', tr.t('cli.option.pack'))
    .option('--profile <file>', tr.t('cli.option.profile'))
    .action((id: string, _options, command: Command) => {
      const options = optionsOf<CommonOptions>(command);
      const { loaded, problems } = loadPackAndProfile(ctx, options);
      printProblems(ctx, problems);
      if (!loaded) return void (ctx.exitCode = EXIT.cannotRun);
      const item = loaded.pack.items.find((i) => i.id === id);
      if (!item) {
        ctx.io.stderr.write(`qcc: ${tr.t('cli.error.unknown-item', { pack: loaded.pack.id, item: id })}\n`);
        ctx.exitCode = EXIT.cannotRun;
        return;
      }
      const local = { override: loaded.profile.overrides[id], notApplicable: loaded.profile.notApplicable[id] };
      ctx.io.stdout.write(rulesShow(loaded.pack, item, tr, local));
    });

  rules
    .command('lint')
    .description(tr.t('cli.cmd.rules.lint'))
    .argument('[dir]', tr.t('cli.arg.dir'))
    .option('--profile <file>', tr.t('cli.option.profile'))
    .option('--pack <pack>', tr.t('cli.option.pack'))
    .action((target: string | undefined, _options, command: Command) => {
      const options = optionsOf<CommonOptions>(command);
      const name = target ?? options.pack ?? DEFAULT_PACK;
      const read = readLintTarget(name, options.pack, ctx.io.cwd, tr);
      if (!read.found) {
        printProblems(ctx, read.problems);
        ctx.exitCode = EXIT.cannotRun;
        return;
      }
      const problems = [...read.problems];
      const dir = read.shown;
      if (read.pack) {
        // With a profile, lint also says which targets the city still has to set.
        const profileFile = readProfileFile(options.profile, ctx.io.cwd, tr);
        problems.push(...profileFile.problems);
        if (profileFile.file) {
          const built = buildProfile(profileFile, read.pack, tr);
          problems.push(...built.problems, ...unsetTargetProblems(read.pack, built.profile, tr));
        }
      }
      printProblems(ctx, problems);
      const errors = problems.filter((p) => p.severity === 'error').length;
      const warnings = problems.length - errors;
      const shown = dir;
      const summary = problems.length
        ? tr.t('cli.lint.summary', { dir: shown, errors, warnings })
        : tr.t('cli.lint.clean', { dir: shown, items: read.pack?.items.length ?? 0 });
      ctx.io.stdout.write(`${summary}\n`);
      ctx.exitCode = errors ? EXIT.cannotRun : EXIT.ok;
    });

  registerRulesTest(rules, ctx);

  rules
    .command('schema')
    .description(tr.t('cli.cmd.rules.schema'))
    .argument('[name]', tr.t('cli.arg.schema'), 'items')
    .action((name: string) => {
      if (!SCHEMA_NAMES.includes(name as SchemaName)) {
        ctx.io.stderr.write(`qcc: ${tr.t('cli.error.unknown-schema', { name })}\n`);
        ctx.exitCode = EXIT.cannotRun;
        return;
      }
      ctx.io.stdout.write(`${JSON.stringify(schemaJson(name as SchemaName), null, 2)}\n`);
    });
}

