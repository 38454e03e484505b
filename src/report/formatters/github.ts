// `--format github`: GitHub Actions workflow annotations. Unmet outcomes as ::error (veto items first, then
// by uplift), missing data as ::warning, data problems with file and line, and the verdict as a ::notice.
// A CSV or YAML location gives file and line; for xlsx the sheet!cell goes into the message, as GitHub has no cell.
import type { Location, Outcome, Problem, Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { sortProblems } from '../../util/sort-problems.js';
import { formatPoints } from '../utils/format-number.js';
import { gapList } from '../utils/gap-list.js';
import { githubEscapeData, githubEscapeProperty } from '../utils/github-escape.js';
import { outcomeLocation } from '../utils/outcome-location.js';
import { statusLabel } from '../utils/status.js';
import { outcomeDetails } from '../utils/outcome-details.js';
import type { FormatContext, Formatter } from '../formatter.js';
import { reportTitle } from '../utils/report-title.js';

type Level = 'error' | 'warning' | 'notice';

function annotation(level: Level, title: string, message: string, location?: Location): string {
  const props: string[] = [];
  if (location) {
    props.push(`file=${githubEscapeProperty(location.file)}`);
    if (location.line !== undefined) {
      props.push(`line=${location.line}`);
      if (location.column !== undefined) props.push(`col=${location.column}`);
    }
  }
  props.push(`title=${githubEscapeProperty(title)}`);
  return `::${level} ${props.join(',')}::${githubEscapeData(message)}`;
}

function outcomeAnnotation(o: Outcome, tr: Translator): string {
  const where = outcomeLocation(o);
  const params = { item: o.item, title: o.title, region: o.region, status: statusLabel(tr, o.status) };
  const title = tr.t(o.veto ? 'report.github.veto-title' : 'report.github.outcome-title', params);
  const message = [o.gap?.text ?? statusLabel(tr, o.status), ...outcomeDetails(o, tr)].filter(Boolean);
  return annotation(o.status === 'missing' ? 'warning' : 'error', title, message.join('\n'), where);
}

function problemAnnotation(p: Problem): string {
  // GitHub can point at a line but not at a cell: a spreadsheet's sheet!cell leads the message instead.
  const l = p.location;
  const cell = l.line === undefined && l.sheet !== undefined ? `${l.sheet}!${l.cell ?? l.row ?? ''}: ` : '';
  const message = [`${cell}${p.message}`, p.hint ?? ''].filter(Boolean).join('\n');
  return annotation(p.severity, `[${p.code}]`, message, p.location);
}

function github(report: Report, ctx: FormatContext): string {
  const { tr } = ctx;
  const s = report.summary;
  const lines = [
    ...gapList(report).map((o) => outcomeAnnotation(o, tr)),
    ...sortProblems(report.problems).map(problemAnnotation),
    annotation(
      'notice',
      reportTitle(report, tr),
      tr.t('report.github.verdict', {
        verdict: tr.t(`verdict.${s.verdict}`),
        score: formatPoints(s.score),
        total: formatPoints(s.total),
        grade: s.grade,
      }),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export const githubFormatter: Formatter<Report> = {
  carriesProblems: true,
  binary: false,
  // GitHub reads the annotations from the log, so they go to stdout: no file of their own.
  extensions: [],
  format: github,
};
