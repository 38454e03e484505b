// What `qcc rules list / show / lint / schema` do once chosen: each reads the pack (or a schema) and prints it.
import { append } from '../../util/append.js';
import type { Command } from 'commander';
import { rulesFormatters, type RulesFormat } from '../../report/rules/index.js';
import { rulesShow } from '../../report/rules/rules-show.js';
import { readLintTarget } from '../../pack/read-lint-target.js';
import { DEFAULT_PACK } from '../../pack/builtin.js';
import { buildProfile, readProfileFile, unsetTargetProblems } from '../../pack/read-profile.js';
import { SCHEMA_NAMES, schemaJson, type SchemaName } from '../../pack/schemas.js';
import { optionsOf, type CliContext, type CommonOptions } from '../context.js';
import { loadPackAndProfile, printProblems } from '../load-pack.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { writeFormatted } from '../output.js';
import { UsageError } from '../usage-error.js';
import { resolvePhases } from '../../util/phases.js';

export async function runRulesList(ctx: CliContext, command: Command): Promise<ExitCode> {
  const options = optionsOf<CommonOptions>(command);
  const { loaded, problems } = loadPackAndProfile(ctx, options);
  printProblems(ctx, problems);
  if (!loaded) return EXIT.cannotRun;
  // With the profile's year the phases are shown as months; without one, as counted from the evaluation year.
  const { pack, profile } = loaded;
  const shown = profile.year ? { ...pack, phases: resolvePhases(pack.phases, undefined, profile.year) } : pack;
  await writeFormatted(ctx, rulesFormatters[(options.format ?? 'table') as RulesFormat], shown, {
    output: options.output,
  });
  return EXIT.ok;
}

export function runRulesShow(ctx: CliContext, id: string, command: Command): ExitCode {
  const { tr } = ctx;
  const options = optionsOf<CommonOptions>(command);
  const { loaded, problems } = loadPackAndProfile(ctx, options);
  printProblems(ctx, problems);
  if (!loaded) return EXIT.cannotRun;
  const item = loaded.pack.items.find((i) => i.id === id);
  if (!item) throw new UsageError(tr.t('cli.error.unknown-item', { pack: loaded.pack.id, item: id }));
  const local = {
    override: loaded.profile.overrides[id],
    notApplicable: loaded.profile.notApplicable[id],
    overrides: loaded.profile.overrides,
  };
  ctx.io.stdout.write(rulesShow(loaded.pack, item, tr, local));
  return EXIT.ok;
}

export function runRulesLint(ctx: CliContext, target: string | undefined, command: Command): ExitCode {
  const { tr } = ctx;
  const options = optionsOf<CommonOptions>(command);
  const name = target ?? options.pack ?? DEFAULT_PACK;
  const read = readLintTarget(name, options.pack, ctx.io.cwd, tr);
  if (!read.found) {
    printProblems(ctx, read.problems);
    return EXIT.cannotRun;
  }
  const problems = [...read.problems];
  if (read.pack) {
    // With a profile, lint also says which targets the city still has to set.
    const profileFile = readProfileFile(options.profile, ctx.io.cwd, tr);
    append(problems, profileFile.problems);
    if (profileFile.file) {
      const built = buildProfile(profileFile, read.pack, tr);
      append(problems, built.problems);
      append(problems, unsetTargetProblems(read.pack, built.profile, tr));
    }
  }
  printProblems(ctx, problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = problems.length
    ? tr.t('cli.lint.summary', { dir: read.shown, errors, warnings })
    : tr.t('cli.lint.clean', { dir: read.shown, items: read.pack?.items.length ?? 0 });
  ctx.io.stdout.write(`${summary}\n`);
  return errors ? EXIT.cannotRun : EXIT.ok;
}

export function runRulesSchema(ctx: CliContext, name: string): ExitCode {
  if (!SCHEMA_NAMES.includes(name as SchemaName)) throw new UsageError(ctx.tr.t('cli.error.unknown-schema', { name }));
  ctx.io.stdout.write(`${JSON.stringify(schemaJson(name as SchemaName), null, 2)}\n`);
  return EXIT.ok;
}
