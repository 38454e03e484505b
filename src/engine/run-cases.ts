// Runs a pack's own test cases through evaluate() and compares each expected status with the outcome (`qcc rules test`).
import type { Outcome, Pack, Status } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import type { Expectation, TestCase } from '../pack/read-cases.js';
import { evaluate } from './evaluate.js';

export interface CaseDiff {
  expectation: Expectation;
  /** Absent when the case gives no outcome for that item and region. */
  actual?: Status;
  outcome?: Outcome;
}

export interface CaseResult {
  testCase: TestCase;
  passed: boolean;
  diffs: CaseDiff[];
}

export function runCase(pack: Pack, testCase: TestCase, today: string, tr: Translator): CaseResult {
  const report = evaluate({
    pack,
    profile: testCase.profile,
    dataset: { records: testCase.records, benchmarks: testCase.benchmarks, inputs: [], problems: [] },
    ...(testCase.year !== undefined ? { year: testCase.year } : {}),
    today: testCase.today ?? today,
    tool: { name: 'qcc', version: '' },
    tr,
  });
  const diffs: CaseDiff[] = [];
  for (const expectation of testCase.expect) {
    const outcome = report.outcomes.find((o) => o.item === expectation.item && o.region === expectation.region);
    if (outcome?.status === expectation.status) continue;
    diffs.push(outcome ? { expectation, actual: outcome.status, outcome } : { expectation });
  }
  return { testCase, passed: diffs.length === 0, diffs };
}
