// Types of a pack's own test cases (`qcc rules test`): what a case holds, what it expects, what running it gives.
import type { Location } from './location.js';
import type { Profile } from './profile.js';
import type { BenchmarkValue, DataRecord } from './dataset.js';
import type { Outcome, Status } from './outcome.js';

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

export interface Expectation {
  /** As written: "6.3.1" (the city) or "6.3.1@柯城区". */
  key: string;
  item: string;
  region: string;
  status: Status;
  location: Location;
}

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
