// --quiet and --max-warnings, as ESLint has them: errors only, and a ceiling on warnings that fails the run.
import { Option } from 'commander';
import type { Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import type { CliContext } from './context.js';
import { UsageError } from './usage-error.js';

export interface WarningOptions {
  quiet?: boolean;
  maxWarnings?: string;
}

export const quietOption = (tr: Translator): Option => new Option('--quiet', tr.t('cli.option.quiet'));
export const maxWarningsOption = (tr: Translator): Option =>
  new Option('--max-warnings <n>', tr.t('cli.option.max-warnings'));

/** --max-warnings as a number; a value that is not a whole number ≥ 0 is a usage error (exit 2). */
export function maxWarnings(tr: Translator, options: WarningOptions): number | undefined {
  if (options.maxWarnings === undefined) return undefined;
  if (!/^\d+$/.test(options.maxWarnings.trim()))
    throw new UsageError(tr.t('cli.error.bad-max-warnings', { value: options.maxWarnings }));
  return Number(options.maxWarnings.trim());
}

/** The problems to show: with --quiet, errors only (warnings are then neither printed nor counted). */
export function shownProblems<P extends Pick<Problem, 'severity'>>(
  problems: readonly P[],
  options: WarningOptions,
): P[] {
  return options.quiet ? problems.filter((p) => p.severity === 'error') : [...problems];
}

/** Whether the warnings shown exceed --max-warnings. */
export function tooManyWarnings(problems: readonly Pick<Problem, 'severity'>[], limit: number | undefined): boolean {
  return limit !== undefined && problems.filter((p) => p.severity === 'warning').length > limit;
}

/**
 * With --quiet, says on stderr how many warnings were left out: the report's own counts then read 0 warnings, and a
 * signer must not take that for a file without warnings.
 */
export function noteHiddenWarnings(
  ctx: CliContext,
  all: readonly Pick<Problem, 'severity'>[],
  options: WarningOptions,
): void {
  if (!options.quiet) return;
  const hidden = all.filter((p) => p.severity === 'warning').length;
  if (hidden) ctx.io.stderr.write(`${ctx.tr.t('cli.note.quiet-hidden', { count: hidden })}\n`);
}
