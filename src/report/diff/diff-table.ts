// `qcc diff` on a terminal: the headline, area scores, then the items newly met, newly failing and still failing.
import type { Diff } from '../../model/index.js';
import { fitTable } from '../utils/fit-table.js';
import { wrapText } from '../utils/display-width.js';
import type { Translator } from '../../i18n/index.js';
import { areaRows, headline, outcomeSections } from './diff-words.js';

/** Fits the terminal's width (default 100, as the check table), never narrower than 80 columns. */
export function diffTable(diff: Diff, tr: Translator, terminal = 100): string {
  const width = Math.max(80, terminal);
  const head = [tr.t('diff.col.area'), tr.t('diff.col.before'), tr.t('diff.col.after'), tr.t('diff.col.change')];
  const out = [
    ...headline(diff, tr).flatMap((line) => wrapText(line, width)),
    '',
    tr.t('diff.areas'),
    fitTable(head, areaRows(diff, tr), width, 'wrapped'),
  ];
  for (const section of outcomeSections(diff, tr)) {
    out.push('', ...wrapText(section.title, width));
    if (section.rows.length) out.push(fitTable(section.head, section.rows, width, 'wrapped'));
  }
  return `${out.join('\n')}\n`;
}
