// The registry of `qcc check` report formats; the CLI's --format choices come from its keys.
import type { Report } from '../../model/index.js';
import { formatNames as namesOf, type Formatters } from '../formatter.js';
import { githubFormatter } from './github.js';
import { htmlFormatter } from './html.js';
import { jsonFormatter } from './json.js';
import { junitFormatter } from './junit.js';
import { markdownFormatter } from './markdown.js';
import { sarifFormatter } from './sarif.js';
import { tableFormatter } from './table.js';

// One format a line, table first: the default on a terminal.
export const formatters = {
  table: tableFormatter,
  json: jsonFormatter,
  junit: junitFormatter,
  markdown: markdownFormatter,
  github: githubFormatter,
  html: htmlFormatter,
  sarif: sarifFormatter,
} as const satisfies Formatters<Report>;

export type FormatName = keyof typeof formatters;

/** The --format choices, in the order help lists them. */
export const formatNames: FormatName[] = namesOf(formatters);

export type { FormatContext, Formatter, FormatOutput } from '../formatter.js';
