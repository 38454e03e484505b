// `qcc rules list / show / lint / schema`: inspect and check rule packs.
import type { Command } from 'commander';
import { RULES_FORMATS } from '../../report/format-names.js';
import type { CliContext } from '../context.js';
import { action } from '../action.js';
import { addOutputOptions, addPackOptions, packOption, profileOption } from '../options.js';
import { registerRulesTest } from './rules-test.js';

export function registerRules(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const rules = program.command('rules').description(tr.t('cli.cmd.rules'));
  const run = () => import('./rules-action.js');

  const list = rules.command('list').description(tr.t('cli.cmd.rules.list'));
  addOutputOptions(addPackOptions(list, tr), tr, RULES_FORMATS, 'table').action(
    action(ctx, async (_options: unknown, command: Command) => (await run()).runRulesList(ctx, command)),
  );

  const show = rules.command('show').description(tr.t('cli.cmd.rules.show')).argument('<item>', tr.t('cli.arg.item'));
  addPackOptions(show, tr).action(
    action(ctx, async (id: string, _options: unknown, command: Command) =>
      (await run()).runRulesShow(ctx, id, command),
    ),
  );

  rules
    .command('lint')
    .description(tr.t('cli.cmd.rules.lint'))
    .argument('[dir]', tr.t('cli.arg.dir'))
    .addOption(profileOption(tr))
    .addOption(packOption(tr))
    .action(
      action(ctx, async (target: string | undefined, _options: unknown, command: Command) =>
        (await run()).runRulesLint(ctx, target, command),
      ),
    );

  registerRulesTest(rules, ctx);

  rules
    .command('schema')
    .description(tr.t('cli.cmd.rules.schema'))
    .argument('[name]', tr.t('cli.arg.schema'), 'items')
    .action(action(ctx, async (name: string) => (await run()).runRulesSchema(ctx, name)));
}
