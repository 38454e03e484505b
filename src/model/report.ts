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

export interface Summary {
  score: number;
  total: number;
  /** Score if the waived items were evaluated as they stand (waivers ignored). */
  scoreWithoutWaivers: number;
  grade: string;
  verdict: 'pass' | 'fail';
  vetoFailed: string[];
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
