// The registry of `qcc diff` formats; the CLI's --format choices come from its keys.
import type { Diff } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { stableStringify } from '../stable-json.js';
import { diffMarkdown } from './diff-markdown.js';
import { diffTable } from './diff-table.js';

export const diffFormatters = {
  table: (diff: Diff, tr: Translator) => diffTable(diff, tr),
  json: (diff: Diff) => stableStringify(diff),
  markdown: (diff: Diff, tr: Translator) => diffMarkdown(diff, tr),
} as const satisfies Record<string, (diff: Diff, tr: Translator) => string>;

export type DiffFormat = keyof typeof diffFormatters;
