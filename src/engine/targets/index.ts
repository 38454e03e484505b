// The registry of target evaluators: one per target kind, a typed map the compiler keeps complete.
import type { Target } from '../../model/index.js';
import { makeEvaluateAll } from './all.js';
import { evaluateBenchmark } from './benchmark.js';
import { evaluateBetween } from './between.js';
import { evaluateCompare } from './compare.js';
import { evaluateEvents } from './events.js';
import { evaluateGrade } from './grade.js';
import { evaluateRank } from './rank.js';
import { evaluateTrend } from './trend.js';
import { evaluateUnset } from './unset.js';
import { evaluateYesNo } from './yes-no.js';
import type { TargetContext, TargetEvaluator, TargetRegistry, TargetResult } from './types.js';

export const targetEvaluators: TargetRegistry = {
  compare: evaluateCompare,
  between: evaluateBetween,
  benchmark: evaluateBenchmark,
  trend: evaluateTrend,
  rank: evaluateRank,
  grade: evaluateGrade,
  'yes-no': evaluateYesNo,
  events: evaluateEvents,
  all: makeEvaluateAll((target, ctx) => evaluateTarget(target, ctx)),
  unset: evaluateUnset,
};

export function evaluateTarget(target: Target, ctx: TargetContext): TargetResult {
  const evaluator = targetEvaluators[target.kind] as TargetEvaluator<typeof target.kind>;
  return evaluator(target as never, ctx);
}

export type { TargetContext, TargetResult } from './types.js';
