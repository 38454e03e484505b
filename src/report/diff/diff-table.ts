// `qcc diff` on a terminal: the headline, area scores, then the items newly met, newly failing and still failing.
import type { Diff } from '../../model/index.js';
import { fitTable } from '../utils/fit-table.js';
import type { Translator } from '../../i18n/index.js';
import { areaRows, headline, outcomeSections } from './diff-words.js';

/** Readable at 100 columns, like the check table. */
export function diffTable(diff: Diff, tr: Translator, width = 100): string {
  const head = [tr.t('diff.col.area'), tr.t('diff.col.before'), tr.t('diff.col.after'), tr.t('diff.col.change')];
  const out = [...headline(diff, tr), '', tr.t('diff.areas'), fitTable(head, areaRows(diff, tr), width)];
  for (const section of outcomeSections(diff, tr)) {
    out.push('', section.title);
    if (section.rows.length) out.push(fitTable(section.head, section.rows, width));
  }
  return `${out.join('\n')}\n`;
}
