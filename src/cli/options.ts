// The options several commands share, built once: the same flag, wording and choices wherever it appears.
import { Option, type Command } from 'commander';
import type { Translator } from '../i18n/index.js';

export const packOption = (tr: Translator): Option => new Option('--pack <pack>', tr.t('cli.option.pack'));
export const profileOption = (tr: Translator): Option => new Option('--profile <file>', tr.t('cli.option.profile'));
export const yearOption = (tr: Translator): Option => new Option('--year <year>', tr.t('cli.option.year'));
export const outputOption = (tr: Translator): Option => new Option('-o, --output <file>', tr.t('cli.option.output'));
export const forceOption = (tr: Translator): Option => new Option('--force', tr.t('cli.option.force'));
export const verboseOption = (tr: Translator): Option => new Option('--verbose', tr.t('cli.option.verbose'));

/**
 * --format with a registry's names (src/report/format-names.ts) as its choices; without a default where -o's
 * extension may choose.
 */
export function formatOption(tr: Translator, names: readonly string[], defaultName?: string): Option {
  const option = new Option('--format <format>', tr.t('cli.option.format', { choices: names.join(', ') })).choices([
    ...names,
  ]);
  return defaultName === undefined ? option : option.default(defaultName);
}

/** --pack and --profile: the rules and the city's settings. */
export function addPackOptions(command: Command, tr: Translator): Command {
  return command.addOption(packOption(tr)).addOption(profileOption(tr));
}

/** --format and -o: what the command writes, and where. */
export function addOutputOptions(
  command: Command,
  tr: Translator,
  names: readonly string[],
  defaultName?: string,
): Command {
  return command.addOption(formatOption(tr, names, defaultName)).addOption(outputOption(tr));
}

/** The options every evaluating command takes (check, explain, gaps). */
export function addEvaluationOptions(command: Command, tr: Translator): Command {
  return addPackOptions(command, tr)
    .addOption(yearOption(tr))
    .option('--region <region>', tr.t('cli.option.region'))
    .option('--evidence-dir <dir>', tr.t('cli.option.evidence-dir'))
    .option('--date <YYYY-MM-DD>', tr.t('cli.option.date'))
    .addOption(verboseOption(tr));
}
