// Where every command's output goes: formatted by the registry's formatter, written by the one writer (src/io).
import { writeOutput, type WriteFailure } from '../io/write-output.js';
import type { Diff, Problem } from '../model/index.js';
import type { Formatter } from '../report/formatter.js';
import type { CliContext } from './context.js';
import { printProblems } from './load-pack.js';
import { UsageError } from './usage-error.js';
import { showControlsIn } from '../util/show-controls.js';
import { withGlyphs } from '../util/glyphs.js';

export interface Target {
  /** -o FILE; stdout without it. */
  output?: string | undefined;
  /** Files the run read: the output never lands on one of them. */
  inputs?: readonly string[];
  /** A file people work in (a gap list, a template, qcc.yaml): an existing one is never replaced. */
  keepExisting?: boolean;
}

/** Writes to -o FILE (atomically, never over an input) or to stdout; a refused or failed write is a UsageError. */
export async function emit(ctx: CliContext, content: string | Uint8Array, target: Target): Promise<void> {
  const { output, inputs = [], keepExisting = false } = target;
  const result = await writeOutput(content, { output, cwd: ctx.io.cwd, stdout: ctx.io.stdout, inputs, keepExisting });
  if (result.ok) return;
  const file = output ?? '-';
  const why: Record<WriteFailure, string> = {
    input: ctx.tr.t('cli.error.write-input', { file }),
    exists: ctx.tr.t('cli.error.write-exists', { file }),
    'is-folder': ctx.tr.t('cli.error.write-folder', { file }),
    'no-permission': ctx.tr.t('cli.error.write-permission', { file }),
    'disk-full': ctx.tr.t('cli.error.write-disk-full', { file }),
    'read-only': ctx.tr.t('cli.error.write-read-only', { file }),
    other: ctx.tr.t('cli.error.write', { file, detail: result.detail }),
  };
  throw new UsageError(why[result.reason]);
}

/**
 * The columns a text format may fill on stdout: the terminal's width, or COLUMNS when stdout is piped (less, a CI log)
 * and the shell exported it. A file written with -o gets the format's default width: its bytes do not depend on the
 * terminal it was written from.
 */
export function outputWidth(ctx: CliContext): number | undefined {
  const columns = ctx.io.stdout.columns;
  if (columns && columns > 0) return columns;
  const env = ctx.io.env['COLUMNS']?.trim() ?? '';
  return /^[1-9]\d{0,4}$/.test(env) ? Number(env) : undefined;
}

/**
 * The model in the chosen format, written out. The run's problems go to stderr after the report unless the format
 * carries them itself: on a terminal the report opens with its verdict, not with a screenful of warnings (its summary
 * counts them). Colour only on a terminal, never into a file.
 */
export async function writeFormatted<M>(
  ctx: CliContext,
  formatter: Formatter<M>,
  model: M,
  target: Target & { problems?: readonly Problem[]; summary?: boolean; changes?: Diff },
): Promise<void> {
  const width = target.output ? undefined : outputWidth(ctx);
  const color = ctx.color && !target.output;
  // Coloured text on a terminal: the data's own escape sequences are shown before qcc adds its colours.
  const content = await formatter.format(color && !formatter.binary ? showControlsIn(model) : model, {
    tr: ctx.tr,
    color,
    ...(width ? { width } : {}),
    ...(target.summary ? { summary: true } : {}),
    ...(target.changes ? { changes: target.changes } : {}),
  });
  // --ascii changes the text formats (the ones written as .txt) only: data formats keep the data's own characters.
  const text = ctx.glyphs && typeof content === 'string' && formatter.extensions.includes('txt');
  try {
    await emit(ctx, text ? withGlyphs(content, ctx.glyphs!) : content, target);
  } finally {
    if (target.problems && !formatter.carriesProblems) printProblems(ctx, target.problems);
  }
}
