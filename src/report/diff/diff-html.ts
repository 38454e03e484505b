// `qcc diff --format html`: what changed between two self-checks as one self-contained page, in the style of check's
// html report (same stylesheet, inline SVG, no script or network, A4 print). The body also serves check --previous.
import type { Diff } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { htmlCard, htmlPage, htmlTable, svgChart, svgRect, svgText } from '../utils/html-page.js';
import { xmlEscape as esc } from '../utils/xml-escape.js';
import { areaRows, outcomeSections, sideLabel, signed, verdictWord } from './diff-words.js';

/** Per area two bars, before (grey) and after (blue), on one scale: the area's larger maximum of the two. */
function areaChart(diff: Diff, tr: Translator): string {
  const rowH = 30;
  const width = 640;
  const label = 220;
  const bar = width - label - 110;
  const areas = diff.areas;
  const total = (a: Diff['areas'][number]) => Math.max(a.before?.total ?? 0, a.after?.total ?? 0);
  const max = Math.max(1, ...areas.map(total));
  const top = 18;
  const parts = [
    svgRect(label, 2, 10, 10, '#9a9a9a'),
    svgText(label + 14, 11, 11, tr.t('diff.col.before')),
    svgRect(label + 70, 2, 10, 10, '#2f6fb0'),
    svgText(label + 84, 11, 11, tr.t('diff.col.after')),
  ];
  areas.forEach((a, i) => {
    const y = top + i * rowH;
    const full = (bar * total(a)) / max;
    parts.push(svgText(0, y + 17, 12, tr.t('report.area', { id: a.id, title: a.title })));
    parts.push(svgRect(label, y + 3, full, 24, '#eeeeee'));
    parts.push(svgRect(label, y + 4, (bar * (a.before?.score ?? 0)) / max, 10, '#9a9a9a'));
    parts.push(svgRect(label, y + 16, (bar * (a.after?.score ?? 0)) / max, 10, '#2f6fb0'));
    parts.push(svgText(label + full + 4, y + 19, 12, signed(a.change) || '—'));
  });
  const height = top + Math.max(1, areas.length) * rowH;
  return svgChart(tr.t('diff.html.chart'), width, height, parts);
}

/** The changes as html: card, area chart and table, then each list of outcomes; `level` is its headings' level. */
export function diffBody(diff: Diff, tr: Translator, level: 2 | 3): string[] {
  const h = (text: string) => `<h${level}>${esc(text)}</h${level}>`;
  const out = [
    htmlCard([
      [tr.t('report.summary.score'), `${diff.before.score} → ${diff.after.score}（${signed(diff.scoreChange)}）`],
      [tr.t('report.summary.grade'), `${diff.before.grade} → ${diff.after.grade}`],
      [
        tr.t('report.summary.verdict'),
        `${verdictWord(diff.before.verdict, tr)} → ${verdictWord(diff.after.verdict, tr)}`,
      ],
    ]),
  ];
  if (!diff.comparable) {
    const sides = { before: sideLabel(diff.before, tr), after: sideLabel(diff.after, tr) };
    out.push(`<p>${esc(tr.t('diff.not-comparable', sides))}</p>`);
  }
  out.push(
    h(tr.t('diff.areas')),
    areaChart(diff, tr),
    htmlTable(
      [tr.t('diff.col.area'), tr.t('diff.col.before'), tr.t('diff.col.after'), tr.t('diff.col.change')],
      areaRows(diff, tr),
    ),
  );
  for (const section of outcomeSections(diff, tr))
    out.push(
      h(section.title),
      section.rows.length ? htmlTable(section.head, section.rows) : `<p>${esc(tr.t('diff.none'))}</p>`,
    );
  return out;
}

export function diffHtml(diff: Diff, tr: Translator): string {
  const title = tr.t('diff.title', { before: sideLabel(diff.before, tr), after: sideLabel(diff.after, tr) });
  return htmlPage(tr.t('report.html.lang'), title, [`<h1>${esc(title)}</h1>`, ...diffBody(diff, tr, 2)]);
}
