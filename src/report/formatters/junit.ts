// `--format junit`: one testcase per item × region, grouped by area, for CI dashboards. Outcomes not met
// are failures carrying the gap and target; not-applicable and waived are skipped. Data problems get a suite.
// It validates against Jenkins xunit's junit-10.xsd (fixtures/schemas): no `skipped` on <testsuites>, unique names.
import type { Outcome, Problem, Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { formatLocation } from '../../util/format-location.js';
import { sortProblems } from '../../util/sort-problems.js';
import { valueText } from '../utils/area-view.js';
import { orderOutcomes, reportAreas } from '../utils/order-outcomes.js';
import { outcomeLocation } from '../utils/outcome-location.js';
import { isNotMet } from '../../util/statuses.js';
import { xmlEscape } from '../utils/xml-escape.js';
import { vetoNote } from '../utils/veto-text.js';
import type { FormatContext, Formatter } from '../formatter.js';
import { reportTitle } from '../utils/report-title.js';

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; type: string; body: string };
  skipped?: string;
  output?: string;
}

const attrs = (pairs: Array<[string, string | number]>): string =>
  pairs.map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`).join('');

/** Jenkins and GitLab merge test cases of one name: a name repeated within a suite gets " (2)", " (3)", … */
function uniqueNames(cases: Case[]): Case[] {
  const seen = new Map<string, number>();
  return cases.map((c) => {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    return n === 1 ? c : { ...c, name: `${c.name} (${n})` };
  });
}

function suite(name: string, cases: Case[]): string[] {
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const lines = [
    `  <testsuite${attrs([
      ['name', name],
      ['tests', cases.length],
      ['failures', failures],
      ['errors', 0],
      ['skipped', skipped],
      ['time', '0'],
    ])}>`,
  ];
  for (const c of cases) {
    const head = `    <testcase${attrs([
      ['classname', c.classname],
      ['name', c.name],
      ['time', '0'],
    ])}`;
    if (c.failure) {
      lines.push(
        `${head}>`,
        `      <failure${attrs([
          ['message', c.failure.message],
          ['type', c.failure.type],
        ])}>${xmlEscape(c.failure.body)}</failure>`,
        '    </testcase>',
      );
    } else if (c.skipped !== undefined) {
      lines.push(`${head}>`, `      <skipped${attrs([['message', c.skipped]])}/>`, '    </testcase>');
    } else if (c.output) {
      lines.push(`${head}>`, `      <system-out>${xmlEscape(c.output)}</system-out>`, '    </testcase>');
    } else {
      lines.push(`${head}/>`);
    }
  }
  lines.push('  </testsuite>');
  return lines;
}

function outcomeCase(o: Outcome, classname: string, tr: Translator): Case {
  const c: Case = { classname, name: `${o.item} ${o.title} @ ${o.region}` };
  if (isNotMet(o.status)) {
    const where = outcomeLocation(o);
    const body = [
      vetoNote(o, tr),
      tr.t('report.target', { target: o.target.text }),
      valueText(o) ? tr.t('report.value', { value: valueText(o) }) : '',
      o.reason ? tr.t('report.reason', { reason: o.reason }) : '',
      where ? tr.t('report.at', { location: formatLocation(where) }) : '',
    ].filter(Boolean);
    c.failure = { message: o.gap?.text ?? tr.t(`status.${o.status}`), type: o.status, body: body.join('\n') };
  } else if (o.status === 'not-applicable') {
    c.skipped = o.reason ?? tr.t('status.not-applicable');
  } else if (o.status === 'waived') {
    c.skipped = o.waiver
      ? tr.t('report.waiver', { reason: o.reason ?? '', approver: o.waiver.approver, expires: o.waiver.expires })
      : (o.reason ?? tr.t('status.waived'));
  }
  return c;
}

function problemCase(p: Problem, classname: string): Case {
  // The message names the item or field, so seven target-unset warnings on one qcc.yaml stay seven distinct names.
  const c: Case = { classname, name: `${formatLocation(p.location)} [${p.code}] ${p.message}` };
  const text = p.hint ? `${p.message}\n${p.hint}` : p.message;
  if (p.severity === 'error') c.failure = { message: p.message, type: p.code, body: text };
  else c.output = text;
  return c;
}

function junit(report: Report, ctx: FormatContext): string {
  const { tr } = ctx;
  const ordered = orderOutcomes(report);
  const suites: Array<[string, Case[]]> = [];
  for (const area of reportAreas(report)) {
    const name = tr.t('report.area', { id: area.id, title: area.title });
    const cases = ordered.filter((o) => o.area === area.id).map((o) => outcomeCase(o, name, tr));
    if (cases.length) suites.push([name, uniqueNames(cases)]);
  }
  if (report.problems.length) {
    const name = tr.t('report.junit.problems');
    suites.push([name, uniqueNames(sortProblems(report.problems).map((p) => problemCase(p, name)))]);
  }
  const all = suites.flatMap(([, cases]) => cases);
  const title = reportTitle(report, tr);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs([
      ['name', title],
      ['tests', all.length],
      ['failures', all.filter((c) => c.failure).length],
      ['errors', 0],
      ['time', '0'],
    ])}>`,
    ...suites.flatMap(([name, cases]) => suite(name, cases)),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

export const junitFormatter: Formatter<Report> = {
  carriesProblems: true,
  binary: false,
  extensions: ['xml'],
  format: junit,
};
