// The registry of gap-list formats; `qcc gaps --format` choices come from its keys, the first is the default,
// and -o's extension chooses one when --format is not given. Each is handed the one GapListModel of the run.
import type { Formatters } from '../formatter.js';
import type { GapListModel } from './gap-list-model.js';
import { gapListXlsx } from './gap-list-xlsx.js';
import { gapListCsv, gapListMarkdown } from './gap-list-text.js';

// The CLI prints the run's problems on stderr: a gap list is for people, not for tools that read problems.
export const gapListFormatters = {
  xlsx: { carriesProblems: false, binary: true, extensions: ['xlsx'], format: gapListXlsx },
  markdown: { carriesProblems: false, binary: false, extensions: ['md', 'markdown'], format: gapListMarkdown },
  csv: { carriesProblems: false, binary: false, extensions: ['csv'], format: gapListCsv },
} as const satisfies Formatters<GapListModel>;

export type GapListFormat = keyof typeof gapListFormatters;
export type { PreviousGapList } from './previous.js';
export { gapListModel, type GapListModel } from './gap-list-model.js';
