// The pack and profile of --pack/--profile for a command's action, and printing the problems found on the way.
import type { Problem } from '../model/index.js';
import { loadPackAndProfile as load, type Loaded } from '../pack/load-pack-and-profile.js';
import { formatProblems } from '../report/problems-text.js';
import { withGlyphs } from '../util/glyphs.js';
import { showControlsIn } from '../util/show-controls.js';
import type { CliContext, CommonOptions } from './context.js';

/** The pack and profile that --pack and --profile (or qcc.yaml, or the built-in pack) name, with their problems. */
export function loadPackAndProfile(
  ctx: CliContext,
  options: Pick<CommonOptions, 'pack' | 'profile'>,
): { loaded?: Loaded; problems: Problem[] } {
  return load({ cwd: ctx.io.cwd, pack: options.pack, profile: options.profile }, ctx.tr);
}

/** Prints problems to stderr, in the user's language, sorted. */
export function printProblems(ctx: CliContext, problems: readonly Problem[]): void {
  if (!problems.length) return;
  // Coloured: the data's own escape sequences are shown before qcc adds its colours (see showControlsIn).
  const shown = ctx.color ? showControlsIn(problems) : problems;
  const text = formatProblems(shown, { tr: ctx.tr, color: ctx.color });
  ctx.io.stderr.write(ctx.glyphs ? withGlyphs(text, ctx.glyphs) : text);
}
