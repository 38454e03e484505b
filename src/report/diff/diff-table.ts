// `qcc diff` on a terminal: the headline, area scores, then the items newly met, newly failing and still failing.
import Table from 'cli-table3';
import type { Diff } from '../../engine/diff.js';
import type { Translator } from '../../i18n/index.js';
import { areaRows, headline, outcomeSections } from './diff-words.js';

function table(head: string[], rows: string[][]): string {
  const t = new Table({ head, style: { head: [], border: [] }, wordWrap: true });
  t.push(...rows);
  return t.toString();
}

export function diffTable(diff: Diff, tr: Translator): string {
  const out = [...headline(diff, tr), '', tr.t('diff.areas'), table([tr.t('diff.col.area'), tr.t('diff.col.before'), tr.t('diff.col.after'), tr.t('diff.col.change')], areaRows(diff, tr))];
  for (const section of outcomeSections(diff, tr)) {
    out.push('', section.title);
    if (section.rows.length) out.push(table(section.head, section.rows));
  }
  return `${out.join('\n')}\n`;
}
