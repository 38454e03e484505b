// The registry of gap-list formats; `qcc gaps --format` choices come from its keys.
import type { Pack, Profile, Report } from '../../model/index.js';
import type { GapListContext } from './gap-list-model.js';
import { gapListXlsx } from './gap-list-xlsx.js';
import { gapListCsv, gapListMarkdown } from './gap-list-text.js';
import type { PreviousGapList } from './previous.js';

export type GapListFormatter = (report: Report, pack: Pack, profile: Profile, previous: PreviousGapList | undefined, ctx: GapListContext) => Promise<string | Uint8Array>;

export const gapListFormatters = {
  xlsx: gapListXlsx,
  markdown: gapListMarkdown,
  csv: gapListCsv,
} as const satisfies Record<string, GapListFormatter>;

export type GapListFormat = keyof typeof gapListFormatters;
export type { PreviousGapList } from './previous.js';
export type { GapListContext } from './gap-list-model.js';
