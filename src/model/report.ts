// Types of a self-check report (自查报告): outcomes, area subtotals, summary and verdict, inputs.
import type { Input } from './dataset.js';
import type { Outcome, Status } from './outcome.js';
import type { Problem } from './problem.js';

export interface AreaScore {
  id: string;
  title: string;
  score: number;
  total: number;
}

export type Verdict = 'pass' | 'fail' | 'undetermined';

export interface Summary {
  score: number;
  total: number;
  /** Score if the waived items were evaluated as they stand (waivers ignored). */
  scoreWithoutWaivers: number;
  grade: string;
  /**
   * pass: the score reaches the pass line and no veto item is triggered or undetermined; fail: below the pass
   * line, or a veto item triggered; undetermined (待定): the score reaches the pass line but a veto item has no
   * readable figure, so nothing proves it is met.
   */
  verdict: Verdict;
  /** Veto items whose requirement is not met: a figure reported for the city or any county breaks it. */
  vetoFailed: string[];
  /**
   * Veto items not triggered but without a readable figure where it is judged (the city's, for scope all): 缺数据，无法判定.
   */
  vetoUndetermined: string[];
  counts: Record<Status, number>;
}

export interface Report {
  schema: 'qcc/report@1';
  tool: { name: string; version: string };
  pack: { id: string; version: string; title: string };
  profile: { city: string; file?: string; districts: string[] };
  year: number;
  /** --region: the one region this report covers (its outcomes only). */
  region?: string;
  inputs: Input[];
  summary: Summary;
  areas: AreaScore[];
  outcomes: Outcome[];
  problems: Problem[];
}

export type { Problem };
