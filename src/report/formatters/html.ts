// `--format html`: one self-contained page for leaders and for print (A4): verdict card, SVG charts drawn here (no
// script, no network), gaps by lead department and the items per area. Hand-written SVG keeps the bytes deterministic.
import { countProblems } from '../../util/count-problems.js';
import { append } from '../../util/append.js';
import { isNotMet } from '../../util/statuses.js';
import type { Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { rowGapText, rowPointsText, rowValueText, viewReport, type ReportView } from '../utils/area-view.js';
import { formatPoints } from '../utils/format-number.js';
import { wrapText } from '../utils/display-width.js';
import { gapList } from '../utils/gap-list.js';
import { statusLabel } from '../utils/status.js';
import type { FormatContext, Formatter } from '../formatter.js';
import { vetoText } from '../utils/veto-text.js';
import { reportTitle } from '../utils/report-title.js';
import { countyRanking, rankingCells, RANKING_HEAD } from '../utils/county-ranking.js';
import { diffBody } from '../diff/diff-html.js';
import { xmlEscape as esc } from '../utils/xml-escape.js';
import { htmlCard, htmlPage, htmlTable as table, svgChart, svgRect, svgText } from '../utils/html-page.js';

/** The share of an area's district outcomes that pass, as a fill from red to green (none: grey). */
function heatColor(share: number | undefined): string {
  if (share === undefined) return '#dddddd';
  const r = Math.round(220 - 170 * share);
  const g = Math.round(80 + 110 * share);
  return `rgb(${r},${g},90)`;
}

function areaBars(view: ReportView, tr: Translator): string {
  const areas = view.areas.map((a) => a.area);
  const rowH = 22;
  const width = 640;
  const label = 220;
  const bar = width - label - 90;
  const max = Math.max(1, ...areas.map((a) => a.total));
  const rows = areas.map((a, i) => {
    const y = i * rowH;
    const full = (bar * a.total) / max;
    const got = a.total > 0 ? (full * a.score) / a.total : 0;
    return [
      `<text x="0" y="${y + 15}" font-size="12">${esc(a.title)}</text>`,
      `<rect x="${label}" y="${y + 4}" width="${full.toFixed(1)}" height="14" fill="#e5e5e5"/>`,
      `<rect x="${label}" y="${y + 4}" width="${got.toFixed(1)}" height="14" fill="#2f6fb0"/>`,
      svgText(label + full + 4, y + 15, 12, `${formatPoints(a.score)} / ${formatPoints(a.total)}`),
    ].join('');
  });
  const height = Math.max(rowH, areas.length * rowH);
  return svgChart(tr.t('report.html.chart.areas'), width, height, rows);
}

/** The pass rates the colour legend shows, low to high. */
const LEGEND_SHARES = [0, 0.25, 0.5, 0.75, 1];

function heatMap(view: ReportView, tr: Translator): string {
  // Every area has its column, an area with no district item too (grey, 无参评项): an official counting the areas
  // should not wonder where one went.
  const areas = view.areas;
  if (!areas.some((a) => a.matrix.length) || !view.districts.length) return '';
  // Columns hold four CJK characters (nine Latin) a line at 11 px: an official reads the area name, not a number.
  const cell = 56;
  const rowH = 30;
  const label = 90;
  const lineH = 13;
  const heads = areas.map((a) => wrapText(a.area.title, 9));
  const top = 16 + lineH * Math.max(...heads.map((h) => h.length)) + 4;
  const legendY = top + view.districts.length * rowH + 8;
  const width = Math.max(label + areas.length * cell, 560);
  const height = legendY + 40;
  const parts: string[] = areas.map((a, j) => {
    const x = label + j * cell + cell / 2 - 1;
    const lines = heads[j]!.map((l, n) => `<tspan x="${x}" y="${30 + n * lineH}">${esc(l)}</tspan>`).join('');
    // One <text> per column: the id and the whole title, so a reader (and a screen reader) gets the name in one piece.
    return `<text class="area-head" font-size="11" text-anchor="middle"><tspan x="${x}" y="14" font-weight="bold">${esc(
      a.area.id,
    )}</tspan>${lines}</text>`;
  });
  view.districts.forEach((d, i) => {
    parts.push(`<text x="0" y="${top + i * rowH + rowH / 2 + 4}" font-size="11">${esc(d)}</text>`);
    areas.forEach((a, j) => {
      const outcomes = a.matrix.flatMap((r) => r.districts.filter((o) => o.region === d));
      const counted = outcomes.filter((o) => o.status !== 'not-applicable' && o.status !== 'waived');
      const share = counted.length ? counted.filter((o) => !isNotMet(o.status)).length / counted.length : undefined;
      const text = share === undefined ? '' : `${Math.round(share * 100)}%`;
      parts.push(
        svgRect(label + j * cell, top + i * rowH, cell - 2, rowH - 2, heatColor(share)),
        svgText(label + j * cell + cell / 2 - 1, top + i * rowH + rowH / 2 + 3, 10, text, true),
      );
    });
  });
  // The colour legend: what the fills mean, so green and olive are read as rates, not as ok/not ok.
  parts.push(svgText(0, legendY + 12, 11, tr.t('report.html.heat.legend')));
  const swatches: [string, string][] = [
    ...LEGEND_SHARES.map((share): [string, string] => [heatColor(share), `${share * 100}%`]),
    [heatColor(undefined), tr.t('report.html.heat.none')],
  ];
  swatches.forEach(([fill, text], k) => {
    const x = k * 70;
    parts.push(
      `<g class="legend">${svgRect(x, legendY + 20, 14, 14, fill)}${svgText(x + 18, legendY + 31, 10, text)}</g>`,
    );
  });
  return svgChart(tr.t('report.html.chart.heat'), width, height, parts);
}

function html(report: Report, ctx: FormatContext): string {
  const { tr } = ctx;
  const s = report.summary;
  const { errors, warnings } = countProblems(report.problems);
  const view = viewReport(report);
  const title = reportTitle(report, tr);
  const pack = report.pack;
  const card: [string, string][] = [
    [tr.t('report.summary.score'), `${formatPoints(s.score)} / ${formatPoints(s.total)}`],
    [tr.t('report.summary.grade'), s.grade],
    [tr.t('report.summary.verdict'), tr.t(`verdict.${s.verdict}`)],
    [tr.t('report.summary.veto'), vetoText(report, tr).text],
    [tr.t('report.summary.problems'), tr.t('report.summary.problems-count', { errors, warnings })],
  ];
  const out: string[] = [
    `<h1>${esc(title)}</h1>`,
    `<p>${esc(tr.t('report.pack', { title: pack.title, id: pack.id, version: pack.version }))}</p>`,
    `<h2>${esc(tr.t('report.summary.title'))}</h2>`,
    htmlCard(card),
    `<h2>${esc(tr.t('report.html.chart.areas'))}</h2>`,
    areaBars(view, tr),
  ];
  // check --previous: what changed since, right after the verdict and scores it explains.
  if (ctx.changes) out.push(`<h2>${esc(tr.t('report.html.previous'))}</h2>`, ...diffBody(ctx.changes, tr, 3));
  const heat = heatMap(view, tr);
  if (heat) out.push(`<h2>${esc(tr.t('report.html.chart.heat'))}</h2>`, heat);
  out.push(`<h2>${esc(tr.t('report.gaps.title'))}</h2>`);
  const gaps = gapList(report);
  if (!gaps.length) out.push(`<p>${esc(tr.t('report.gaps.none'))}</p>`);
  // Grouped by lead department, in the order of each department's first (most urgent) gap.
  const leads = [...new Set(gaps.map((g) => g.lead))];
  for (const lead of leads) {
    out.push(`<h3>${esc(lead)}</h3>`);
    out.push(
      table(
        (
          [
            'report.col.id',
            'report.col.item',
            'report.col.region',
            'report.col.status',
            'report.col.gap',
            'report.col.uplift',
          ] as const
        ).map((k) => tr.t(k)),
        gaps
          .filter((g) => g.lead === lead)
          .map((o) => [
            o.item,
            o.title,
            o.region,
            statusLabel(tr, o.status),
            o.gap?.text ?? o.reason ?? '',
            formatPoints(o.uplift),
          ]),
      ),
    );
  }
  for (const area of view.areas) {
    if (!area.rows.length) continue;
    const subtotal = tr.t('report.area.subtotal', {
      score: formatPoints(area.area.score),
      total: formatPoints(area.area.total),
    });
    out.push(`<h2>${esc(tr.t('report.area', { id: area.area.id, title: area.area.title }))} · ${esc(subtotal)}</h2>`);
    append(out, [
      table(
        (
          [
            'report.col.id',
            'report.col.item',
            'report.col.status',
            'report.col.value',
            'report.col.gap',
            'report.col.points',
          ] as const
        ).map((k) => tr.t(k)),
        area.rows.map((row) => [
          row.item,
          row.title,
          statusLabel(tr, row.status),
          rowValueText(row, tr),
          rowGapText(row, (o) => o.gap?.text ?? o.reason ?? '', tr),
          rowPointsText(row, tr),
        ]),
      ),
    ]);
  }
  if (report.profile.districts.length) {
    const ranking = countyRanking(report);
    out.push(`<h2>${esc(tr.t('report.ranking.title'))}</h2>`);
    out.push(
      ranking.length
        ? table(
            RANKING_HEAD.map((k) => tr.t(k)),
            ranking.map(rankingCells),
          )
        : `<p>${esc(tr.t('report.ranking.none'))}</p>`,
    );
  }
  return htmlPage(tr.t('report.html.lang'), title, out);
}

export const htmlFormatter: Formatter<Report> = {
  carriesProblems: false,
  binary: false,
  extensions: ['html', 'htm'],
  format: html,
};
