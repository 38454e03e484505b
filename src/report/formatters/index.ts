// The registry of `qcc check` report formats; the CLI's --format choices come from its keys.
import { githubFormatter } from './github.js';
import { jsonFormatter } from './json.js';
import { junitFormatter } from './junit.js';
import { markdownFormatter } from './markdown.js';
import { tableFormatter } from './table.js';
import type { Formatter } from './types.js';

export const formatters = {
  table: tableFormatter,
  json: jsonFormatter,
  junit: junitFormatter,
  markdown: markdownFormatter,
  github: githubFormatter,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

/** The --format choices, in the order help lists them (table first: the default on a terminal). */
export const formatNames = Object.keys(formatters) as FormatName[];

export type { FormatContext, Formatter, FormatOutput } from './types.js';
