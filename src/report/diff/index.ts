// The registry of `qcc diff` formats; the CLI's --format choices come from its keys.
import type { Diff } from '../../model/index.js';
import type { Formatters } from '../formatter.js';
import { stableStringify } from '../stable-json.js';
import { diffMarkdown } from './diff-markdown.js';
import { diffTable } from './diff-table.js';
import { diffHtml } from './diff-html.js';

// A diff has no problems of its own: the reports it reads are checked when they are read.
export const diffFormatters = {
  table: {
    carriesProblems: false,
    binary: false,
    extensions: ['txt'],
    format: (diff, { tr, width }) => diffTable(diff, tr, width),
  },
  json: { carriesProblems: false, binary: false, extensions: ['json'], format: (diff) => stableStringify(diff) },
  markdown: {
    carriesProblems: false,
    binary: false,
    extensions: ['md', 'markdown'],
    format: (diff, { tr }) => diffMarkdown(diff, tr),
  },
  html: {
    carriesProblems: false,
    binary: false,
    extensions: ['html', 'htm'],
    format: (diff, { tr }) => diffHtml(diff, tr),
  },
} as const satisfies Formatters<Diff>;

export type DiffFormat = keyof typeof diffFormatters;
