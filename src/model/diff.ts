// Types of the progress between two self-checks (qcc diff): shared by the engine that computes it and its formatters.
import type { Gap, Status } from './outcome.js';
import type { DecimalString } from './pack.js';
import type { Verdict } from './report.js';

export interface DiffSide {
  pack: { id: string; version: string; title: string };
  city: string;
  /** The one region a --region check was limited to. */
  region?: string;
  year: number;
  score: number;
  total: number;
  grade: string;
  verdict: Verdict;
  vetoFailed: string[];
  vetoUndetermined: string[];
}

export interface AreaChange {
  id: string;
  title: string;
  before?: { score: number; total: number };
  after?: { score: number; total: number };
  /** after − before, exact; absent when the area is in one report only. */
  change?: DecimalString;
}

export interface OutcomeChange {
  item: string;
  title: string;
  area: string;
  region: string;
  veto: boolean;
  /** Absent when the outcome is not in that report. */
  before?: Status;
  after?: Status;
  gapBefore?: Gap;
  gapAfter?: Gap;
  /** gapAfter.amount − gapBefore.amount: negative is closer to the target. Absent unless both gaps have a size. */
  gapChange?: DecimalString;
  upliftAfter?: number;
}

export interface Diff {
  schema: 'qcc/diff@1';
  before: DiffSide;
  after: DiffSide;
  /** False when the reports are of different packs or cities: the comparison is then only indicative. */
  comparable: boolean;
  scoreChange: DecimalString;
  areas: AreaChange[];
  newlyMet: OutcomeChange[];
  newlyFailing: OutcomeChange[];
  stillFailing: OutcomeChange[];
  /** Not met before, and now neither met nor failing: waived, not applicable, or not in the second check at all. */
  leftUnmet: OutcomeChange[];
}
