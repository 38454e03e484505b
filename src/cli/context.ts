// What every command gets: the translator, output streams and colour; light, as every command's registration reads it.
import type { Command } from 'commander';
import type { Lang, Translator } from '../i18n/index.js';
import type { GlyphTable } from '../util/glyphs.js';
import type { CliIo } from './io.js';
import type { Progress } from './progress.js';

export interface CliContext {
  io: CliIo;
  lang: Lang;
  tr: Translator;
  /** Colour on, as colour.ts decides (--color, --no-color, FORCE_COLOR, NO_COLOR, a terminal). */
  color: boolean;
  /** --ascii or QCC_ASCII: the text output's symbols a GBK console cannot show, replaced (see src/util/glyphs.ts). */
  glyphs?: GlyphTable;
  /** The progress line on stderr (silent unless stderr is a terminal and --no-progress was not given). */
  progress?: Progress;
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
