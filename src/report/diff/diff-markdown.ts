// `qcc diff --format markdown`: the same content as the table, for a report or an issue.
import type { Diff } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { markdownCell } from '../utils/markdown-cell.js';
import { areaRows, headline, outcomeSections } from './diff-words.js';

const cell = (text: string) => markdownCell(text, { lineBreak: '<br>', keepLt: true });

function table(head: string[], rows: string[][]): string {
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}

export function diffMarkdown(diff: Diff, tr: Translator): string {
  const [title, ...rest] = headline(diff, tr);
  const out = [
    `# ${title}`,
    '',
    ...rest.map((l) => `- ${l}`),
    '',
    `## ${tr.t('diff.areas')}`,
    '',
    table(
      [tr.t('diff.col.area'), tr.t('diff.col.before'), tr.t('diff.col.after'), tr.t('diff.col.change')],
      areaRows(diff, tr),
    ),
  ];
  for (const section of outcomeSections(diff, tr)) {
    out.push(
      '',
      `## ${section.title}`,
      '',
      section.rows.length ? table(section.head, section.rows) : tr.t('diff.none'),
    );
  }
  return `${out.join('\n')}\n`;
}
