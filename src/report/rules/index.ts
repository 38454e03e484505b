// The registry of `qcc rules list` formats; the CLI's --format choices come from its keys.
import type { Pack } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { rulesJson } from './rules-json.js';
import { rulesMarkdown } from './rules-markdown.js';
import { rulesTable } from './rules-table.js';

export const rulesFormatters = {
  table: (pack: Pack, tr: Translator) => rulesTable(pack, tr),
  json: (pack: Pack) => rulesJson(pack),
  markdown: (pack: Pack, tr: Translator) => rulesMarkdown(pack, tr),
} as const satisfies Record<string, (pack: Pack, tr: Translator) => string>;

export type RulesFormat = keyof typeof rulesFormatters;
