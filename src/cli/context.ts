// What every command gets: the translator, output streams, colour, and the shared loading of pack and profile.
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Pack, Problem, Profile } from '../model/index.js';
import type { Lang, Translator } from '../i18n/index.js';
import { readPack } from '../pack/read-pack.js';
import { DEFAULT_PACK, resolvePackDir } from '../pack/builtin.js';
import { buildProfile, profilePackName, readProfileFile } from '../pack/read-profile.js';
import { makeProblem } from '../util/problem.js';
import { formatProblems } from '../report/problems-text.js';
import { writeOutput, type WriteFailure } from '../io/write-output.js';
import type { CliIo } from './io.js';

export interface CliContext {
  io: CliIo;
  lang: Lang;
  tr: Translator;
  /** Colour on: stdout is a terminal, and neither NO_COLOR nor --no-color says otherwise. */
  color: boolean;
  /** Set by a command's action; main() returns it. */
  exitCode: number;
}

export interface CommonOptions {
  pack?: string;
  profile?: string;
  format?: string;
  output?: string;
  year?: string;
  region?: string;
  color?: boolean;
  /** --verbose: every blank value cell is its own warning instead of one summary per file, region and year. */
  verbose?: boolean;
}

/** Options of the command merged with the program's (--lang, --no-color). */
export function optionsOf<T extends CommonOptions>(command: Command): T {
  return command.optsWithGlobals() as T;
}

export interface Loaded {
  pack: Pack;
  profile: Profile;
  problems: Problem[];
}

/** Reads the profile, then the pack it names (or --pack, or the built-in one), then checks the profile against the pack. */
export function loadPackAndProfile(ctx: CliContext, options: CommonOptions, usePackOption = true): { loaded?: Loaded; problems: Problem[] } {
  const { io, tr } = ctx;
  const profileFile = readProfileFile(options.profile, io.cwd, tr);
  const problems: Problem[] = [...profileFile.problems];
  const named = profilePackName(profileFile);
  const packName = (usePackOption ? options.pack : undefined) ?? named ?? DEFAULT_PACK;
  // The same folder may be written two ways (../packs/mini in qcc.yaml, fixtures/packs/mini on the command line).
  const profileDir = profileFile.file ? dirname(resolve(io.cwd, profileFile.file.file)) : io.cwd;
  const samePack = (a: string, b: string, baseA: string): boolean => a === b || (resolvePackDir(a, baseA) ?? a) === (resolvePackDir(b, io.cwd) ?? b);
  if (usePackOption && options.pack && named && !samePack(named, options.pack, profileDir) && profileFile.file) {
    problems.push(makeProblem(tr, 'profile-pack-mismatch', 'warning', profileFile.file.locate(['pack']), { profilePack: named, pack: options.pack }));
  }
  // A pack path written in qcc.yaml is relative to qcc.yaml, wherever qcc runs from; --pack is relative to the working folder.
  const fromProfile = packName === named && !(usePackOption && options.pack) && profileFile.file;
  const base = fromProfile ? profileDir : io.cwd;
  const dir = resolvePackDir(packName, base);
  if (!dir) {
    const where = fromProfile ? profileFile.file!.locate(['pack']) : { file: packName };
    problems.push(makeProblem(tr, 'pack-not-found', 'error', where, { pack: packName }));
    return { problems };
  }
  const packRead = readPack(dir, io.cwd, tr);
  problems.push(...packRead.problems);
  if (!packRead.pack || packRead.problems.some((p) => p.severity === 'error')) return { problems };
  // With a usable pack the profile is checked in full even when its shape has errors, so every mistake shows at once.
  const built = buildProfile(profileFile, packRead.pack, tr);
  problems.push(...built.problems);
  // An invalid profile (an unknown item, a bad date, a target that does not fit) stops the run: exit 2, as documented.
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return { loaded: { pack: packRead.pack, profile: built.profile, problems }, problems };
}

/** Prints problems to stderr, in the user's language, sorted. */
export function printProblems(ctx: CliContext, problems: readonly Problem[]): void {
  if (problems.length) ctx.io.stderr.write(formatProblems(problems, { tr: ctx.tr, color: ctx.color }));
}

/** Writes a command's output to -o FILE (atomically, never over an input) or to stdout. */
export async function emit(
  ctx: CliContext,
  content: string | Uint8Array,
  output: string | undefined,
  inputs: readonly string[] = [],
  options: { keepExisting?: boolean } = {},
): Promise<boolean> {
  const result = await writeOutput(content, { output, cwd: ctx.io.cwd, stdout: ctx.io.stdout, inputs, ...options });
  if (!result.ok) {
    const file = output ?? '-';
    const why: Record<WriteFailure, string> = {
      input: ctx.tr.t('cli.error.write-input', { file }),
      exists: ctx.tr.t('cli.error.write-exists', { file }),
      'is-folder': ctx.tr.t('cli.error.write-folder', { file }),
      'no-permission': ctx.tr.t('cli.error.write-permission', { file }),
      other: ctx.tr.t('cli.error.write', { file, detail: result.detail }),
    };
    ctx.io.stderr.write(`qcc: ${why[result.reason]}\n`);
    ctx.exitCode = 2;
    return false;
  }
  return true;
}
