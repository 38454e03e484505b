// The short Markdown that `check` and `validate` append to GitHub's job summary (GITHUB_STEP_SUMMARY): the verdict or
// the counts, and the first ten gaps and problems with their places, since a step shows only ten annotations.
import type { Problem, Report } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { append } from '../util/append.js';
import { countProblems } from '../util/count-problems.js';
import { formatLocation } from '../util/format-location.js';
import { compareProblems } from '../util/sort-problems.js';
import { formatPoints } from './utils/format-number.js';
import { gapList } from './utils/gap-list.js';
import { markdownCell, markdownTable } from './utils/markdown-cell.js';
import { outcomeLocation } from './utils/outcome-location.js';
import { reportTitle } from './utils/report-title.js';
import { statusLabel } from './utils/status.js';
import type { ValidationResult } from './validation/validation-result.js';
import { isClean, summarise } from './validation/validation-result.js';

/** How many gaps and problems the summary lists; the rest are counted. */
export const STEP_SUMMARY_TOP = 10;

/** Errors before warnings, each in the one order of problems: the first ten are the ones that fail the run. */
function topProblems(problems: readonly Problem[]): Problem[] {
  return [...problems]
    .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning') || compareProblems(a, b))
    .slice(0, STEP_SUMMARY_TOP);
}

function problemSection(problems: readonly Problem[], tr: Translator): string[] {
  if (!problems.length) return [];
  const shown = topProblems(problems);
  const rows = shown.map((p) => [
    formatLocation(p.location),
    tr.t(p.severity === 'error' ? 'word.severity.error' : 'word.severity.warning'),
    p.message,
    p.code,
  ]);
  return [
    '',
    `#### ${markdownCell(tr.t('report.step-summary.problems', { shown: shown.length, total: problems.length }))}`,
    '',
    ...markdownTable(
      [
        tr.t('report.step-summary.col.location'),
        tr.t('report.step-summary.col.severity'),
        tr.t('report.step-summary.col.problem'),
        tr.t('report.step-summary.col.code'),
      ],
      rows,
    ),
  ];
}

/** `qcc check`: the verdict, score and grade, the counts, then the first gaps and data problems. */
export function checkStepSummary(report: Report, tr: Translator): string {
  const s = report.summary;
  const gaps = gapList(report);
  const { errors, warnings } = countProblems(report.problems);
  const lines = [
    `### ${markdownCell(tr.t('report.step-summary.check-title', { title: reportTitle(report, tr) }))}`,
    '',
    `**${markdownCell(
      tr.t('report.github.verdict', {
        verdict: tr.t(`verdict.${s.verdict}`),
        score: formatPoints(s.score),
        total: formatPoints(s.total),
        grade: s.grade,
      }),
    )}**`,
    '',
    markdownCell(tr.t('report.step-summary.check-counts', { gaps: gaps.length, errors, warnings })),
  ];
  if (gaps.length) {
    const shown = gaps.slice(0, STEP_SUMMARY_TOP);
    const rows = shown.map((o) => {
      const where = outcomeLocation(o);
      return [
        `${o.item} ${o.title}`,
        o.region,
        statusLabel(tr, o.status),
        o.gap?.text ?? '',
        where ? formatLocation(where) : '',
      ];
    });
    append(lines, [
      '',
      `#### ${markdownCell(tr.t('report.step-summary.gaps', { shown: shown.length, total: gaps.length }))}`,
      '',
      ...markdownTable(
        [
          tr.t('report.col.item'),
          tr.t('report.col.region'),
          tr.t('report.col.status'),
          tr.t('report.col.gap'),
          tr.t('report.step-summary.col.location'),
        ],
        rows,
      ),
    ]);
  }
  append(lines, problemSection(report.problems, tr));
  return `${lines.join('\n')}\n\n`;
}

/** `qcc validate`: files, records, errors and warnings, then the first problems. */
export function validationStepSummary(result: ValidationResult, tr: Translator): string {
  const summary = summarise(result);
  const clean = summary.errors + summary.warnings || !isClean(result) ? '' : ` ${tr.t('validate.clean')}`;
  const lines = [
    `### ${markdownCell(tr.t('validate.step-summary.title'))}`,
    '',
    `**${markdownCell(tr.t('validate.summary', summary))}**${clean}`,
    ...problemSection(result.problems, tr),
  ];
  return `${lines.join('\n')}\n\n`;
}
