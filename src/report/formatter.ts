// The one contract of every output format (check, validate, gaps, diff, rules, explain): a pure function of the
// command's model and a context, with what the format declares about itself; the CLI asks this, not a list of its own.
import type { Translator } from '../i18n/index.js';
import type { Diff } from '../model/index.js';

export interface FormatContext {
  tr: Translator;
  /** Colour codes allowed: a terminal, no -o, and neither NO_COLOR nor --no-color. Default off. */
  color?: boolean;
  /** Terminal width in columns, for the formats that fit their text into it. */
  width?: number;
  /** --summary: only the summary and the items not met (the table format; the others ignore it). */
  summary?: boolean;
  /** check --previous: the changes since that report (the html format shows them; the others ignore it). */
  changes?: Diff;
}

export type FormatOutput = string | Uint8Array;

export interface Formatter<M> {
  /** The output holds the run's problems itself (a machine format); for the others the CLI prints them on stderr. */
  readonly carriesProblems: boolean;
  /** Bytes for a file (a workbook), never for a terminal: the command needs -o. */
  readonly binary: boolean;
  /**
   * The file extensions it writes, lower case without the dot; -o with one of them chooses it where the command allows.
   */
  readonly extensions: readonly string[];
  format(model: M, ctx: FormatContext): FormatOutput | Promise<FormatOutput>;
}

/** A command's formats by --format name, in the order help lists them. */
export type Formatters<M> = Readonly<Record<string, Formatter<M>>>;

/** The --format names of a registry, in its order. */
export function formatNames<R extends Formatters<never>>(registry: R): (keyof R & string)[] {
  return Object.keys(registry) as (keyof R & string)[];
}

/** The format whose extension the file has, if any. */
export function formatOfFile<R extends Formatters<never>>(
  registry: R,
  file: string | undefined,
): (keyof R & string) | undefined {
  const extension = /\.([^./\\]+)$/.exec(file ?? '')?.[1]?.toLowerCase();
  return extension === undefined
    ? undefined
    : formatNames(registry).find((name) => registry[name]!.extensions.includes(extension));
}
