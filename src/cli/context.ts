// What every command gets: the translator, output streams, colour, and the pack and profile of --pack/--profile.
import type { Command } from 'commander';
import type { Problem } from '../model/index.js';
import type { Lang, Translator } from '../i18n/index.js';
import { loadPackAndProfile as load, type Loaded } from '../pack/load-pack-and-profile.js';
import { formatProblems } from '../report/problems-text.js';
import type { CliIo } from './io.js';

export interface CliContext {
  io: CliIo;
  lang: Lang;
  tr: Translator;
  /** Colour on: stdout is a terminal, and neither NO_COLOR nor --no-color says otherwise. */
  color: boolean;
  /** What the command's action returned (set by action() alone); main() returns it. */
  exitCode: number;
}

export interface CommonOptions {
  pack?: string;
  profile?: string;
  format?: string;
  output?: string;
  year?: string;
  region?: string;
  /** --verbose: every blank value cell is its own warning instead of one summary per file, region and year. */
  verbose?: boolean;
}

/** Options of the command merged with the program's (--lang, --no-color). */
export function optionsOf<T extends CommonOptions>(command: Command): T {
  return command.optsWithGlobals() as T;
}

/** The pack and profile that --pack and --profile (or qcc.yaml, or the built-in pack) name, with their problems. */
export function loadPackAndProfile(
  ctx: CliContext,
  options: Pick<CommonOptions, 'pack' | 'profile'>,
): { loaded?: Loaded; problems: Problem[] } {
  return load({ cwd: ctx.io.cwd, pack: options.pack, profile: options.profile }, ctx.tr);
}

/** Prints problems to stderr, in the user's language, sorted. */
export function printProblems(ctx: CliContext, problems: readonly Problem[]): void {
  if (problems.length) ctx.io.stderr.write(formatProblems(problems, { tr: ctx.tr, color: ctx.color }));
}
