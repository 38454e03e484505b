// The SARIF 2.1.0 log that `check` and `validate` write for code scanning (GitHub, GitLab, Azure DevOps): one run,
// rules from the problem codes with the catalogue's text, results sorted like problems; checked against OASIS's schema.
import type { Location, Problem } from '../../model/index.js';
import { hasMessage, translate, type Lang, type Translator } from '../../i18n/index.js';
import { compareProblems } from '../../util/sort-problems.js';
import { stableStringify } from '../stable-json.js';
import { REPOSITORY } from '../../util/repository.js';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const DOCS = `${REPOSITORY}/blob/main/docs`;

export type SarifLevel = 'error' | 'warning' | 'note';

/** One finding: a problem, or a check outcome put in the same shape (its rule described by the caller). */
export interface SarifFinding {
  ruleId: string;
  level: SarifLevel;
  message: string;
  location?: Location;
  properties?: Record<string, string | boolean>;
}

/** A rule that is not a problem code (an outcome status): its texts and where its documentation is. */
export interface SarifRuleText {
  short: string;
  help: string;
  helpUri: string;
}

/**
 * A catalogue text as a rule describes it: every placeholder shown as "…", a plural as its "other" form, so the
 * description fits every place the code is reported.
 */
function generic(lang: Lang, key: string): string | undefined {
  if (!hasMessage(key)) return undefined;
  return translate(lang, key).replace(
    /\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g,
    (_w, _n, _one, other?: string) => other ?? '…',
  );
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded; an absolute one as file:///. */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const absolute = /^[A-Za-z]:\//.test(slashed) ? `/${slashed}` : slashed;
  const encoded = absolute
    .split('/')
    .map((s, i) => (i === 1 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s)))
    .join('/');
  return absolute.startsWith('/') ? `file://${encoded}` : encoded;
}

/** A spreadsheet place as people write it: "指标数据!E17", or the sheet alone. */
function cellName(l: Location): string | undefined {
  if (l.sheet === undefined) return undefined;
  const cell = l.cell ?? (l.row !== undefined ? String(l.row) : '');
  return cell ? `${l.sheet}!${cell}` : l.sheet;
}

/** A problem as a finding: an xlsx place leads the message (code scanning shows lines, not cells), the hint follows. */
export function problemFinding(p: Problem): SarifFinding {
  const cell = p.location.line === undefined ? cellName(p.location) : undefined;
  const message = [cell ? `${cell}: ${p.message}` : p.message, p.hint ?? ''].filter(Boolean).join('\n');
  return { ruleId: p.code, level: p.severity, message, location: p.location };
}

function sarifLocation(l: Location): Record<string, unknown> {
  const region =
    l.line !== undefined
      ? { startLine: l.line, ...(l.column !== undefined ? { startColumn: l.column } : {}) }
      : undefined;
  const cell = l.line === undefined ? cellName(l) : undefined;
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri(l.file) }, ...(region ? { region } : {}) },
    ...(cell ? { logicalLocations: [{ name: cell, fullyQualifiedName: `${l.file}/${cell}`, kind: 'element' }] } : {}),
  };
}

function compareFindings(a: SarifFinding, b: SarifFinding): number {
  const asProblem = (f: SarifFinding): Problem => ({
    code: f.ruleId,
    severity: f.level === 'error' ? 'error' : 'warning',
    message: f.message,
    location: f.location ?? { file: '' },
  });
  return compareProblems(asProblem(a), asProblem(b));
}

export interface SarifRun {
  version: string;
  findings: readonly SarifFinding[];
  /** Texts of the rule ids that are not problem codes. */
  otherRules?: Readonly<Record<string, SarifRuleText>>;
}

/** The whole log, as bytes that are the same for the same findings. */
export function sarifLog(run: SarifRun, tr: Translator): string {
  const findings = [...run.findings].sort(compareFindings);
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  const rules = ids.map((id) => {
    const other = run.otherRules?.[id];
    const short = other?.short ?? generic(tr.lang, `problem.${id}`) ?? id;
    const help = other?.help ?? generic(tr.lang, `hint.${id}`) ?? short;
    return {
      id,
      shortDescription: { text: short },
      help: { text: help },
      helpUri: other?.helpUri ?? `${DOCS}/problems.md#${id}`,
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ids.indexOf(f.ruleId),
    level: f.level,
    message: { text: f.message },
    ...(f.location?.file ? { locations: [sarifLocation(f.location)] } : {}),
    ...(f.properties ? { properties: f.properties } : {}),
  }));
  return stableStringify({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'qcc', version: run.version, informationUri: REPOSITORY, rules } },
        language: tr.lang === 'zh' ? 'zh-CN' : 'en',
        results,
      },
    ],
  });
}
