// Runs a pack's own test cases through evaluate() and compares each expected status with the outcome (`rules test`).
import type { CaseDiff, CaseInput, CaseResult, Pack } from '../model/index.js';

export type { CaseDiff, CaseExpectation, CaseInput, CaseResult } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { evaluate } from './evaluate.js';

export function runCase<C extends CaseInput>(pack: Pack, testCase: C, today: string, tr: Translator): CaseResult<C> {
  const report = evaluate({
    pack,
    profile: testCase.profile,
    dataset: { records: testCase.records, benchmarks: testCase.benchmarks, inputs: [], problems: [] },
    ...(testCase.year !== undefined ? { year: testCase.year } : {}),
    today: testCase.today ?? today,
    tool: { name: 'qcc', version: '' },
    tr,
  });
  const diffs: CaseDiff<C['expect'][number]>[] = [];
  for (const expectation of testCase.expect) {
    const outcome = report.outcomes.find((o) => o.item === expectation.item && o.region === expectation.region);
    if (outcome?.status === expectation.status) continue;
    diffs.push(outcome ? { expectation, actual: outcome.status, outcome } : { expectation });
  }
  return { testCase, passed: diffs.length === 0, diffs };
}
