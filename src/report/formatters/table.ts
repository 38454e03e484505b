// `qcc check` on a terminal: first the summary (verdict, area scores, largest gaps), then per area the items and a
// district × item matrix, then the county ranking. Text is wrapped here (CJK-aware), so every line fits the width.
import { countProblems } from '../../util/count-problems.js';
import { append } from '../../util/append.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Outcome, Report, Status } from '../../model/index.js';
import type { PlainKey, Translator } from '../../i18n/index.js';
import {
  matrixValueText,
  rowGapText,
  rowPointsText,
  rowValueText,
  viewReport,
  type AreaView,
  type ItemRow,
} from '../utils/area-view.js';
import { wrapText } from '../utils/display-width.js';
import { drawTable } from '../utils/draw-table.js';
import { formatPoints } from '../utils/format-number.js';
import { STATUSES } from '../../util/statuses.js';
import { STATUS_SYMBOL, statusLabel } from '../utils/status.js';
import type { FormatContext, Formatter } from '../formatter.js';
import { reportTitle } from '../utils/report-title.js';
import { vetoText } from '../utils/veto-text.js';
import { unsetText } from '../utils/unset-text.js';
import { gapList } from '../utils/gap-list.js';
import { countyRanking, rankingCells, RANKING_HEAD } from '../utils/county-ranking.js';

const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 80;
// Wider terminals give the extra columns to item titles, targets and gaps; past this lines get too long to read.
const MAX_WIDTH = 240;
/** The summary lists this many of the largest gaps; the rest are in the details. */
const TOP_GAPS = 5;

type Paint = (text: string) => string;

function painter(c: ChalkInstance, status: Status): Paint {
  switch (status) {
    case 'pass':
      return c.green;
    case 'fail':
      return c.red;
    case 'missing':
      return c.yellow;
    case 'invalid':
      return c.magenta;
    default:
      return c.dim;
  }
}

/** A cell: the text wrapped to the column's content width, each line painted on its own. */
function cell(text: string, colWidth: number, paint?: Paint): string {
  const lines = wrapText(text, colWidth - 2);
  return lines.map((line) => (paint && line ? paint(line) : line)).join('\n');
}

/** Rows are pushed one by one; toString() draws the box table, with rules only next to rows that wrap. */
function newTable(head: string[], colWidths: number[]): { push(row: string[]): void; toString(): string } {
  const rows: string[][] = [];
  return {
    push: (row) => void rows.push(row),
    toString: () =>
      drawTable(
        head.map((h, i) => cell(h, colWidths[i] ?? 4)),
        rows,
        colWidths,
        'wrapped',
      ),
  };
}

/** Splits `free` columns over weighted flexible columns; the rest goes to the first one. */
function share(free: number, weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((free * w) / total));
  out[0] = (out[0] ?? 0) + free - out.reduce((a, b) => a + b, 0);
  return out;
}

function titleText(row: { item: string; title: string; veto: boolean }, tr: Translator): string {
  return `${row.title}${row.veto ? tr.t('report.item.veto-mark') : ''}`;
}

function gapText(outcome: Outcome): string {
  if (outcome.status === 'not-applicable' || outcome.status === 'waived')
    return outcome.reason ?? outcome.gap?.text ?? '';
  if (outcome.status === 'invalid') return outcome.reason ?? outcome.gap?.text ?? '';
  return outcome.gap?.text ?? '';
}

function itemsTable(view: AreaView, width: number, c: ChalkInstance, tr: Translator): string {
  // Points such as 0.48/0.48 and values such as "0.25 人/万台" must not break in the middle; below 100
  // columns the value gives back two to the item, target and gap, which wrap worst.
  const fixed = { id: 8, status: 10, value: width >= 100 ? 14 : 12, points: 11 };
  const cols = 7;
  const [item = 20, target = 16, gap = 16] = share(
    width - (cols + 1) - fixed.id - fixed.status - fixed.value - fixed.points,
    [40, 32, 28],
  );
  const widths = [fixed.id, item, fixed.status, fixed.value, target, gap, fixed.points];
  const head = [
    'report.col.id',
    'report.col.item',
    'report.col.status',
    'report.col.value',
    'report.col.target',
    'report.col.gap',
    'report.col.points',
  ] as const;
  const table = newTable(
    head.map((k) => tr.t(k)),
    widths,
  );
  for (const row of view.rows) {
    const paint = painter(c, row.status);
    const o = row.city;
    const value = rowValueText(row, tr);
    const points = rowPointsText(row, tr);
    table.push([
      cell(row.item, widths[0]!, paint),
      cell(titleText(row, tr), widths[1]!),
      cell(statusLabel(tr, row.status), widths[2]!, paint),
      cell(value, widths[3]!),
      cell((o ?? row.districts[0])?.target.text ?? '', widths[4]!),
      cell(
        rowGapText(row, gapText, tr),
        widths[5]!,
        o && (o.status === 'not-applicable' || o.status === 'waived') ? c.dim : undefined,
      ),
      cell(points, widths[6]!),
    ]);
  }
  return table.toString();
}

function matrixCell(o: Outcome | undefined, c: ChalkInstance, tr: Translator): { text: string; paint?: Paint } {
  if (!o) return { text: '' };
  const value = matrixValueText(o, tr);
  return { text: value ? `${STATUS_SYMBOL[o.status]} ${value}` : STATUS_SYMBOL[o.status], paint: painter(c, o.status) };
}

/** Rows are items, columns districts; split into several tables when the districts do not fit the width. */
function matrixTables(rows: ItemRow[], districts: string[], width: number, c: ChalkInstance, tr: Translator): string[] {
  const label = 18;
  const minCol = 11;
  const perTable = Math.max(1, Math.floor((width - label - 2) / (minCol + 1)));
  const out: string[] = [];
  for (let start = 0; start < districts.length; start += perTable) {
    const chunk = districts.slice(start, start + perTable);
    const col = Math.min(18, Math.floor((width - label - 2) / chunk.length) - 1);
    const widths = [label, ...chunk.map(() => col)];
    const table = newTable([tr.t('report.col.item'), ...chunk], widths);
    for (const row of rows) {
      const cells = chunk.map((d, i) => {
        const { text, paint } = matrixCell(
          row.districts.find((o) => o.region === d),
          c,
          tr,
        );
        return cell(text, widths[i + 1]!, paint);
      });
      table.push([cell(`${row.item} ${titleText(row, tr)}`, label), ...cells]);
    }
    out.push(table.toString());
  }
  return out;
}

function summaryLines(report: Report, width: number, c: ChalkInstance, tr: Translator): string[] {
  const s = report.summary;
  const verdictPaint = s.verdict === 'pass' ? c.green.bold : s.verdict === 'fail' ? c.red.bold : c.yellow.bold;
  const verdict = verdictPaint(tr.t(`verdict.${s.verdict}`));
  const veto = vetoText(report, tr);
  const unset = unsetText(report, tr);
  const counts = STATUSES.map((st) => `${statusLabel(tr, st)} ${s.counts[st] ?? 0}`).join(' · ');
  const { errors, warnings } = countProblems(report.problems);
  const applicable = Math.round(report.areas.reduce((sum, a) => sum + a.total, 0) * 100) / 100;
  const label = (key: PlainKey, text: string): string => tr.t('report.label', { label: tr.t(key), text });
  const labelled = (key: PlainKey, text: string): string[] =>
    wrapText(label(key, text), width - 2).map((l) => `  ${l}`);
  return [
    c.bold(tr.t('report.summary.title')),
    ...wrapText(
      tr.t('report.summary.score-line', {
        score: formatPoints(s.score),
        total: formatPoints(s.total),
        without: formatPoints(s.scoreWithoutWaivers),
      }),
      width - 2,
    ).map((l) => `  ${l}`),
    // Area subtotals add up to the applicable points, not to the total (not-applicable items, a pack whose
    // points do not sum to its total, --region): say so, or 3/3 + 7/7 + 8/8 = 20/20 looks wrong.
    ...(applicable !== s.total
      ? wrapText(
          report.region
            ? tr.t('report.summary.rescaled-region', {
                region: report.region,
                applicable: formatPoints(applicable),
                total: formatPoints(s.total),
              })
            : tr.t('report.summary.rescaled', { applicable: formatPoints(applicable), total: formatPoints(s.total) }),
          width - 2,
        ).map((l) => `  ${l}`)
      : []),
    `  ${label('report.summary.grade', s.grade)}    ${label('report.summary.verdict', verdict)}`,
    ...labelled('report.summary.veto', veto.text).map((l) =>
      veto.triggered ? c.red(l) : veto.undetermined ? c.yellow(l) : l,
    ),
    ...labelled('report.summary.counts', counts),
    ...(unset ? labelled('report.summary.unset', unset) : []),
    ...labelled('report.summary.problems', tr.t('report.summary.problems-count', { errors, warnings })),
  ];
}

/** Per area its score against its maximum, one line each; an area with no outcome here (--region) says nothing. */
function areaLines(report: Report, width: number, tr: Translator): string[] {
  const out: string[] = [];
  for (const area of report.areas.filter((a) => report.outcomes.some((o) => o.area === a.id))) {
    const title = tr.t('report.area', { id: area.id, title: area.title });
    const subtotal = tr.t('report.area.subtotal', { score: formatPoints(area.score), total: formatPoints(area.total) });
    append(
      out,
      wrapText(`${title}  ${subtotal}`, width - 2).map((l) => `  ${l}`),
    );
  }
  return out;
}

/** Outcomes not met as rows: id, item, region, gap, uplift. */
function gapsTable(rows: Outcome[], width: number, c: ChalkInstance, tr: Translator): string {
  const fixed = { id: 8, region: 12, uplift: 10 };
  const [item = 20, gap = 20] = share(width - 6 - fixed.id - fixed.region - fixed.uplift, [55, 45]);
  const widths = [fixed.id, item, fixed.region, gap, fixed.uplift];
  const head = [
    'report.col.id',
    'report.col.item',
    'report.col.region',
    'report.col.gap',
    'report.col.uplift',
  ] as const;
  const table = newTable(
    head.map((k) => tr.t(k)),
    widths,
  );
  for (const o of rows) {
    const paint = painter(c, o.status);
    table.push([
      cell(o.item, widths[0]!, paint),
      cell(titleText(o, tr), widths[1]!),
      cell(o.region, widths[2]!),
      cell(gapText(o) || statusLabel(tr, o.status), widths[3]!),
      cell(formatPoints(o.uplift), widths[4]!),
    ]);
  }
  return table.toString();
}

/** The districts compared: rank, district, 达标率, met/evaluated, the items missed. */
function rankingLines(report: Report, width: number, tr: Translator): string[] {
  const ranking = countyRanking(report);
  const out = ['', ...wrapText(tr.t('report.ranking.title'), width)];
  if (!ranking.length) return [...out, ...wrapText(tr.t('report.ranking.none'), width)];
  const fixed = { rank: 6, region: 12, rate: 9, met: 11 };
  const missed = width - 6 - fixed.rank - fixed.region - fixed.rate - fixed.met;
  const widths = [fixed.rank, fixed.region, fixed.rate, fixed.met, missed];
  const table = newTable(
    RANKING_HEAD.map((k) => tr.t(k)),
    widths,
  );
  for (const e of ranking) table.push(rankingCells(e).map((text, i) => cell(text, widths[i]!)));
  out.push(table.toString());
  return out;
}

/** The part a leader reads: verdict, area scores, the largest gaps by uplift. */
function headLines(report: Report, width: number, c: ChalkInstance, tr: Translator): string[] {
  const out = summaryLines(report, width, c, tr);
  out.push('', c.bold(tr.t('report.summary.areas')));
  append(out, areaLines(report, width, tr));
  const top = gapList(report)
    .filter((o) => o.uplift > 0)
    .sort((a, b) => b.uplift - a.uplift)
    .slice(0, TOP_GAPS);
  if (top.length) {
    out.push('', c.bold(tr.t('report.summary.top-gaps', { count: top.length })));
    out.push(gapsTable(top, width, c, tr));
  }
  return out;
}

function table(report: Report, ctx: FormatContext): string {
  const { tr } = ctx;
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ctx.width ?? DEFAULT_WIDTH));
  const view = viewReport(report);
  const out: string[] = [
    c.bold(reportTitle(report, tr)),
    ...wrapText(
      tr.t('report.pack', { title: report.pack.title, id: report.pack.id, version: report.pack.version }),
      width,
    ),
    '',
  ];
  append(out, headLines(report, width, c, tr));
  if (ctx.summary) {
    const notMet = gapList(report);
    out.push('', c.bold(tr.t('report.summary.not-met')));
    out.push(notMet.length ? gapsTable(notMet, width, c, tr) : tr.t('report.gaps.none'));
    return `${out.join('\n')}\n`;
  }
  out.push('', c.bold(tr.t('report.summary.details')));
  for (const area of view.areas) {
    if (!area.rows.length) continue;
    const points = { score: formatPoints(area.area.score), total: formatPoints(area.area.total) };
    const title = tr.t('report.area', { id: area.area.id, title: area.area.title });
    const heading = `${title}  ${tr.t('report.area.subtotal', points)}`;
    out.push('', ...wrapText(heading, width).map((l) => c.bold(l)), itemsTable(area, width, c, tr));
    if (area.matrix.length) {
      const districts = view.districts.filter((d) => area.matrix.some((r) => r.districts.some((o) => o.region === d)));
      append(out, wrapText(tr.t('report.matrix.title'), width));
      append(out, matrixTables(area.matrix, districts, width, c, tr));
    }
  }
  const legend = STATUSES.map((s) => `${STATUS_SYMBOL[s]} ${statusLabel(tr, s)}`).join('  ');
  if (view.areas.some((a) => a.matrix.length))
    out.push(
      '',
      ...wrapText(tr.t('report.matrix.legend', { legend }), width),
      ...wrapText(tr.t('report.matrix.note'), width),
    );
  if (report.profile.districts.length) append(out, rankingLines(report, width, tr));
  return `${out.join('\n')}\n`;
}

export const tableFormatter: Formatter<Report> = {
  carriesProblems: false,
  binary: false,
  extensions: ['txt'],
  format: table,
};
