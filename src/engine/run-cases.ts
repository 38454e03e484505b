// Runs a pack's own test cases through evaluate() and compares each expected status with the outcome (`qcc rules test`).
import type { BenchmarkValue, DataRecord, Location, Outcome, Pack, Profile, Status } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { evaluate } from './evaluate.js';

/** One expected status: "6.3.1" (the city) or "6.3.1@柯城区". */
export interface Expectation {
  key: string;
  item: string;
  region: string;
  status: Status;
  location: Location;
}

/** A case as the engine needs it; src/pack/read-cases.ts reads these from YAML (the engine never imports pack). */
export interface TestCase {
  name: string;
  /** Where the case starts (its `name`), for "file:line" in the report. */
  location: Location;
  year?: number;
  /** YYYY-MM-DD for waiver expiry; default: the day of the run. */
  today?: string;
  profile: Profile;
  records: DataRecord[];
  benchmarks: BenchmarkValue[];
  expect: Expectation[];
}

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
