// `qcc validate --format junit`: one testcase per file for GitLab and Jenkins; a file with errors fails.
import type { Translator } from '../../i18n/index.js';
import { formatLocation } from '../../util/format-location.js';
import { sortProblems } from '../../util/sort-problems.js';
import { xmlEscape } from '../utils/xml-escape.js';
import { summarise, type ValidationResult } from './validation-result.js';

export function validationJunit(result: ValidationResult, tr: Translator): string {
  const files = [...new Set([...result.files, ...result.problems.map((p) => p.location.file)])].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
  const problems = sortProblems(result.problems);
  const summary = summarise(result);
  const cases: string[] = [];
  let failures = 0;
  for (const file of files) {
    const own = problems.filter((p) => p.location.file === file);
    const errors = own.filter((p) => p.severity === 'error');
    const lines = own.map((p) => {
      const severity = tr.t(p.severity === 'error' ? 'word.severity.error' : 'word.severity.warning');
      return `${formatLocation(p.location)}  ${severity}  ${p.message}  [${p.code}]${p.hint ? `\n  → ${p.hint}` : ''}`;
    });
    const body = lines.join('\n');
    const name = xmlEscape(file);
    if (errors.length) {
      failures += 1;
      const message = tr.t('cli.summary.problems', { errors: errors.length, warnings: own.length - errors.length });
      const type = xmlEscape(errors[0]?.code ?? 'error');
      cases.push(
        `    <testcase classname="qcc.validate" name="${name}">\n` +
          `      <failure type="${type}" message="${xmlEscape(message)}">${xmlEscape(body)}</failure>\n` +
          '    </testcase>',
      );
    } else if (own.length) {
      cases.push(
        `    <testcase classname="qcc.validate" name="${name}">\n` +
          `      <system-out>${xmlEscape(body)}</system-out>\n` +
          '    </testcase>',
      );
    } else {
      cases.push(`    <testcase classname="qcc.validate" name="${name}"/>`);
    }
  }
  const suite = xmlEscape(tr.t('validate.junit.suite'));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${suite}" tests="${files.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="${suite}" tests="${files.length}" failures="${failures}" errors="0" skipped="0">`,
    `    <properties><property name="records" value="${summary.records}"/>` +
      `<property name="warnings" value="${summary.warnings}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
