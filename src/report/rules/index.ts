// The registry of `qcc rules list` formats; the CLI's --format choices come from its keys.
import type { Pack } from '../../model/index.js';
import type { Formatters } from '../formatter.js';
import { rulesJson } from './rules-json.js';
import { rulesMarkdown } from './rules-markdown.js';
import { rulesTable } from './rules-table.js';

// The pack's own problems are said when it is read, before any of these runs.
export const rulesFormatters = {
  table: { carriesProblems: false, binary: false, extensions: ['txt'], format: (pack, { tr }) => rulesTable(pack, tr) },
  json: { carriesProblems: false, binary: false, extensions: ['json'], format: (pack) => rulesJson(pack) },
  markdown: {
    carriesProblems: false,
    binary: false,
    extensions: ['md', 'markdown'],
    format: (pack, { tr }) => rulesMarkdown(pack, tr),
  },
} as const satisfies Formatters<Pack>;

export type RulesFormat = keyof typeof rulesFormatters;
