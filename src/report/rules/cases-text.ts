// `qcc rules test` as text: one line per case, by file; a failing case names its file:line and each expectation missed.
import type { Translator } from '../../i18n/index.js';
import type { CaseResult, TestCase } from '../../model/index.js';
import { formatLocation } from '../../util/format-location.js';

export function casesText(results: readonly CaseResult<TestCase>[], tr: Translator): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const { testCase, passed, diffs } of results) {
    if (testCase.location.file !== file) {
      file = testCase.location.file;
      lines.push(file);
    }
    if (passed) {
      lines.push(`  ${tr.t('rules.test.pass', { name: testCase.name })}`);
      continue;
    }
    lines.push(`  ${tr.t('rules.test.fail', { name: testCase.name, location: formatLocation(testCase.location) })}`);
    for (const d of diffs) {
      const params = {
        key: d.expectation.key,
        expected: d.expectation.status,
        actual: d.actual ?? tr.t('rules.test.no-outcome'),
      };
      const gap = d.outcome?.gap?.text;
      lines.push(`  ${gap ? tr.t('rules.test.diff-gap', { ...params, gap }) : tr.t('rules.test.diff', params)}`);
    }
  }
  const failed = results.filter((r) => !r.passed).length;
  lines.push(tr.t('rules.test.summary', { cases: results.length, passed: results.length - failed, failed }));
  return `${lines.join('\n')}\n`;
}
