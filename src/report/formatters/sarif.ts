// `qcc check --format sarif`: the data problems and every outcome not met as SARIF results for code scanning.
// Outcomes are rules of their own (outcome-fail, outcome-invalid, outcome-missing; docs/ci.md), at their data's place.
import type { Outcome, Report, Status } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { gapList } from '../utils/gap-list.js';
import { outcomeLocation } from '../utils/outcome-location.js';
import { statusLabel } from '../utils/status.js';
import { outcomeDetails } from '../utils/outcome-details.js';
import type { FormatContext, Formatter } from '../formatter.js';
import { REPOSITORY } from '../../util/repository.js';
import { problemFinding, sarifLog, type SarifFinding, type SarifRuleText } from './sarif-log.js';

/** The rule of each status not met (docs/ci.md#sarif): the ids a code-scanning view filters by. */
const RULE_OF_STATUS: Partial<Record<Status, string>> = {
  fail: 'outcome-fail',
  invalid: 'outcome-invalid',
  missing: 'outcome-missing',
};

function outcomeFinding(o: Outcome, report: Report, tr: Translator): SarifFinding {
  const where = outcomeLocation(o);
  const params = { item: o.item, title: o.title, region: o.region, status: statusLabel(tr, o.status) };
  const message = [
    tr.t(o.veto ? 'report.github.veto-title' : 'report.github.outcome-title', params),
    o.gap?.text ?? '',
    ...outcomeDetails(o, tr),
  ].filter(Boolean);
  // An item with no record at all is fixed where the data folder is chosen: the profile.
  const location = where ?? (report.profile.file ? { file: report.profile.file } : undefined);
  return {
    ruleId: RULE_OF_STATUS[o.status] ?? 'outcome-fail',
    level: o.status === 'missing' ? 'warning' : 'error',
    message: message.join('\n'),
    ...(location ? { location } : {}),
    properties: { item: o.item, region: o.region, status: o.status, veto: o.veto },
  };
}

function outcomeRules(tr: Translator): Record<string, SarifRuleText> {
  const helpUri = `${REPOSITORY}/blob/main/docs/ci.md#sarif`;
  return {
    'outcome-fail': { short: tr.t('report.sarif.fail'), help: tr.t('report.sarif.fail-help'), helpUri },
    'outcome-invalid': { short: tr.t('report.sarif.invalid'), help: tr.t('report.sarif.invalid-help'), helpUri },
    'outcome-missing': { short: tr.t('report.sarif.missing'), help: tr.t('report.sarif.missing-help'), helpUri },
  };
}

function sarif(report: Report, { tr }: FormatContext): string {
  const findings = [
    ...gapList(report).map((o) => outcomeFinding(o, report, tr)),
    ...report.problems.map(problemFinding),
  ];
  return sarifLog({ version: report.tool.version, findings, otherRules: outcomeRules(tr) }, tr);
}

export const sarifFormatter: Formatter<Report> = {
  carriesProblems: true,
  binary: false,
  extensions: ['sarif'],
  format: sarif,
};
