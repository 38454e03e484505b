// The shape every report format has: a pure function from a Report (and how to show it) to text or bytes.
import type { Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';

export interface FormatContext {
  tr: Translator;
  /** Colour codes allowed (a terminal, and --no-color not given); only the table format uses them. */
  color: boolean;
  /** Terminal width in columns; the table format fits into it (default 100, never less than 80). */
  width?: number;
  /** The --fail-on level the run was started with, for formats that mention it. */
  failOn?: string;
  /** The pack's title, when the caller wants another than report.pack.title. */
  packTitle?: string;
}

export type FormatOutput = string | Uint8Array;

export type Formatter = (report: Report, ctx: FormatContext) => FormatOutput | Promise<FormatOutput>;
