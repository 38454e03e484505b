// Runs a pack's own test cases through evaluate() and compares each expected status with the outcome (`qcc rules test`).
import type { BenchmarkValue, DataRecord, Outcome, Pack, Profile, Status } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { evaluate } from './evaluate.js';

/** One expected status: "6.3.1" (the city) or "6.3.1@柯城区". */
export interface CaseExpectation {
  key: string;
  item: string;
  region: string;
  status: Status;
}

/** What the engine needs of a case; src/pack/read-cases.ts reads richer ones (names, positions) from YAML. */
export interface CaseInput<E extends CaseExpectation = CaseExpectation> {
  year?: number;
  /** YYYY-MM-DD for waiver expiry; default: the day of the run. */
  today?: string;
  profile: Profile;
  records: DataRecord[];
  benchmarks: BenchmarkValue[];
  expect: E[];
}

export interface CaseDiff<E extends CaseExpectation = CaseExpectation> {
  expectation: E;
  /** Absent when the case gives no outcome for that item and region. */
  actual?: Status;
  outcome?: Outcome;
}

export interface CaseResult<C extends CaseInput = CaseInput> {
  testCase: C;
  passed: boolean;
  diffs: CaseDiff<C['expect'][number]>[];
}

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
