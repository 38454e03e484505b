// `--format markdown`: the report for a wiki page or a pull request: summary, gap list, then per area
// the items and a district matrix.
import { countProblems } from '../../util/count-problems.js';
import { append } from '../../util/append.js';
import type { Outcome, Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import {
  matrixValueText,
  rowGapText,
  rowPointsText,
  rowValueText,
  viewReport,
  type ItemRow,
} from '../utils/area-view.js';
import { formatPoints } from '../utils/format-number.js';
import { gapList } from '../utils/gap-list.js';
import { markdownTable } from '../utils/markdown-cell.js';
import { STATUSES } from '../../util/statuses.js';
import { STATUS_SYMBOL, statusLabel } from '../utils/status.js';
import type { FormatContext, Formatter } from '../formatter.js';
import { vetoText } from '../utils/veto-text.js';
import { unsetText } from '../utils/unset-text.js';
import { reportTitle } from '../utils/report-title.js';
import { countyRanking, rankingCells, RANKING_HEAD } from '../utils/county-ranking.js';

function gapText(o: Outcome): string {
  if (o.status === 'not-applicable' || o.status === 'waived' || o.status === 'invalid')
    return o.reason ?? o.gap?.text ?? '';
  return o.gap?.text ?? '';
}

function itemRow(row: ItemRow, tr: Translator): string[] {
  const o = row.city;
  const title = `${row.title}${row.veto ? tr.t('report.item.veto-mark') : ''}`;
  const value = rowValueText(row, tr);
  const points = rowPointsText(row, tr);
  return [
    row.item,
    title,
    statusLabel(tr, row.status),
    value,
    (o ?? row.districts[0])?.target.text ?? '',
    rowGapText(row, gapText, tr),
    points,
  ];
}

function markdown(report: Report, ctx: FormatContext): string {
  const { tr } = ctx;
  const s = report.summary;
  const { errors, warnings } = countProblems(report.problems);
  const verdict = tr.t(`verdict.${s.verdict}`);
  const unset = unsetText(report, tr);
  const lines: string[] = [
    `# ${reportTitle(report, tr)}`,
    '',
    tr.t('report.pack', { title: report.pack.title, id: report.pack.id, version: report.pack.version }),
    '',
    `## ${tr.t('report.summary.title')}`,
    '',
    ...markdownTable(
      [
        tr.t('report.summary.score'),
        tr.t('report.summary.without-waivers'),
        tr.t('report.summary.grade'),
        tr.t('report.summary.verdict'),
        tr.t('report.summary.veto'),
        tr.t('report.summary.problems'),
      ],
      [
        [
          `${formatPoints(s.score)} / ${formatPoints(s.total)}`,
          formatPoints(s.scoreWithoutWaivers),
          s.grade,
          `**${verdict}**`,
          vetoText(report, tr).text,
          tr.t('report.summary.problems-count', { errors, warnings }),
        ],
      ],
    ),
    '',
    ...markdownTable(
      STATUSES.map((st) => statusLabel(tr, st)),
      [STATUSES.map((st) => String(s.counts[st] ?? 0))],
    ),
    '',
    ...(unset ? [tr.t('report.label', { label: tr.t('report.summary.unset'), text: unset }), ''] : []),
    `## ${tr.t('report.gaps.title')}`,
    '',
  ];
  const gaps = gapList(report);
  if (gaps.length) {
    append(
      lines,
      markdownTable(
        (
          [
            'report.col.id',
            'report.col.item',
            'report.col.region',
            'report.col.status',
            'report.col.gap',
            'report.col.uplift',
            'report.col.veto',
            'report.col.lead',
          ] as const
        ).map((k) => tr.t(k)),
        gaps.map((o) => [
          o.item,
          o.title,
          o.region,
          statusLabel(tr, o.status),
          gapText(o),
          formatPoints(o.uplift),
          o.veto ? tr.t('word.yes') : '',
          o.lead,
        ]),
      ),
    );
  } else {
    lines.push(tr.t('report.gaps.none'));
  }
  const view = viewReport(report);
  const head = [
    'report.col.id',
    'report.col.item',
    'report.col.status',
    'report.col.value',
    'report.col.target',
    'report.col.gap',
    'report.col.points',
  ] as const;
  for (const area of view.areas) {
    if (!area.rows.length) continue;
    const heading = tr.t('report.area.with-subtotal', {
      area: tr.t('report.area', { id: area.area.id, title: area.area.title }),
      subtotal: tr.t('report.area.subtotal', {
        score: formatPoints(area.area.score),
        total: formatPoints(area.area.total),
      }),
    });
    lines.push('', `## ${heading}`, '');
    append(
      lines,
      markdownTable(
        head.map((k) => tr.t(k)),
        area.rows.map((row) => itemRow(row, tr)),
      ),
    );
    if (area.matrix.length) {
      const districts = view.districts.filter((d) => area.matrix.some((r) => r.districts.some((o) => o.region === d)));
      lines.push('', `**${tr.t('report.matrix.title')}**`, '');
      append(
        lines,
        markdownTable(
          [tr.t('report.col.item'), ...districts],
          area.matrix.map((row) => [
            `${row.item} ${row.title}`,
            ...districts.map((d) => {
              const o = row.districts.find((x) => x.region === d);
              return o ? `${STATUS_SYMBOL[o.status]} ${matrixValueText(o, tr)}`.trim() : '';
            }),
          ]),
        ),
      );
    }
  }
  if (view.areas.some((a) => a.matrix.length)) {
    lines.push(
      '',
      tr.t('report.matrix.legend', {
        legend: STATUSES.map((st) => `${STATUS_SYMBOL[st]} ${statusLabel(tr, st)}`).join(' '),
      }),
      '',
      tr.t('report.matrix.note'),
    );
  }
  if (report.profile.districts.length) {
    // The districts compared, last as in the table: after the details that explain each miss.
    const ranking = countyRanking(report);
    lines.push('', `## ${tr.t('report.ranking.title')}`, '');
    if (ranking.length)
      append(
        lines,
        markdownTable(
          RANKING_HEAD.map((k) => tr.t(k)),
          ranking.map(rankingCells),
        ),
      );
    else lines.push(tr.t('report.ranking.none'));
  }
  return `${lines.join('\n')}\n`;
}

export const markdownFormatter: Formatter<Report> = {
  carriesProblems: false,
  binary: false,
  extensions: ['md', 'markdown'],
  format: markdown,
};
