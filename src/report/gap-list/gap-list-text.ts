// The gap list as markdown (for a report or an issue) and as CSV (for tools): the xlsx's rows, in the old column order.
import type { Translator } from '../../i18n/index.js';
import { markdownCell } from '../utils/markdown-cell.js';
import { neutraliseCell } from '../utils/neutralise-cell.js';
import { cellText, headerText, TEXT_ORDER, type ExtraMachineKey } from './columns.js';
import type { FormatContext } from '../formatter.js';
import type { GapListModel } from './gap-list-model.js';
import type { GapRow } from './gap-row.js';

function table(
  rows: readonly GapRow[],
  extras: readonly string[],
  tail: readonly ExtraMachineKey[],
  tr: Translator,
): string[][] {
  const header = [...TEXT_ORDER.map((key) => headerText(key, tr)), ...extras, ...tail.map((k) => headerText(k, tr))];
  const body = rows.map((row, i) => [
    ...TEXT_ORDER.map((key) => (key === 'no' ? String(i + 1) : cellText(row.cells[key]))),
    ...extras.map((h) => cellText(row.extras[h])),
    ...tail.map((k) => (k === 'now-status' ? row.nowStatus : k === 'reason' ? row.reason : row.origin) ?? ''),
  ]);
  return [header, ...body];
}

const mdCell = (text: string) => markdownCell(text, { lineBreak: '<br>', keepLt: true });

function mdTable(rows: string[][]): string {
  const [header = [], ...body] = rows;
  return [header, header.map(() => '---'), ...body].map((r) => `| ${r.map(mdCell).join(' | ')} |`).join('\n');
}

export function gapListMarkdown(model: GapListModel, { tr }: FormatContext): string {
  const { report } = model;
  const s = report.summary;
  const out = [
    `# ${tr.t('gaps.md.title', { city: report.profile.city, year: report.year })}`,
    '',
    tr.t('gaps.md.summary', {
      score: s.score,
      total: s.total,
      grade: s.grade,
      verdict: tr.t(`verdict.${s.verdict}`),
      rows: model.rows.length,
      veto: model.rows.filter((r) => r.veto).length,
    }),
    '',
    model.rows.length ? mdTable(table(model.rows, model.extraHeaders, [], tr)) : tr.t('gaps.md.none'),
  ];
  if (model.previous) {
    out.push(
      '',
      `## ${tr.t('gaps.md.closed')}`,
      '',
      model.previous.closed.length
        ? mdTable(table(model.previous.closed, model.extraHeaders, ['now-status'], tr))
        : tr.t('diff.none'),
    );
    out.push(
      '',
      `## ${tr.t('gaps.md.unmatched')}`,
      '',
      model.previous.unmatched.length
        ? mdTable(table(model.previous.unmatched, model.extraHeaders, ['reason', 'origin'], tr))
        : tr.t('diff.none'),
    );
  }
  return `${out.join('\n')}\n`;
}

const csvCell = (text: string) => {
  const safe = neutraliseCell(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** UTF-8 with a BOM and CRLF line ends, as Excel and WPS in China open CSV files without garbling. */
export function gapListCsv(model: GapListModel, { tr }: FormatContext): string {
  return `\uFEFF${table(model.rows, model.extraHeaders, [], tr)
    .map((r) => r.map(csvCell).join(','))
    .join('\r\n')}\r\n`;
}
