// The registry of target kinds: one module per kind, a typed map the compiler keeps complete.
import type { Target, TargetKind } from '../../model/index.js';
import { allTarget } from './all.js';
import { anyTarget } from './any.js';
import { benchmarkTarget } from './benchmark.js';
import { betweenTarget } from './between.js';
import { compareTarget } from './compare.js';
import { eventsTarget } from './events.js';
import { gradeTarget } from './grade.js';
import { itemTarget } from './item-ref.js';
import { rankTarget } from './rank.js';
import { trendTarget } from './trend.js';
import { unsetTarget } from './unset.js';
import { yesNoTarget } from './yes-no.js';
import type { TargetContext, TargetModule, TargetModules, TargetResult } from './types.js';

/** In this order the reader tries shapes that tie and lists the kinds a measure allows (docs follow it too). */
export const targetModules: TargetModules = {
  compare: compareTarget,
  between: betweenTarget,
  benchmark: benchmarkTarget,
  trend: trendTarget,
  rank: rankTarget,
  grade: gradeTarget,
  'yes-no': yesNoTarget,
  events: eventsTarget,
  all: allTarget,
  any: anyTarget,
  item: itemTarget,
  unset: unsetTarget,
};

export const TARGET_KINDS = Object.keys(targetModules) as TargetKind[];

/** The module of a kind, typed for any target (the map guarantees that a target's kind and its module match). */
export function targetModule(kind: TargetKind): TargetModule<TargetKind> {
  return targetModules[kind] as unknown as TargetModule<TargetKind>;
}

export function evaluateTarget(target: Target, ctx: TargetContext): TargetResult {
  return targetModule(target.kind).evaluate(target, ctx, (part, other = ctx) => evaluateTarget(part, other));
}

/** Years of data a target needs up to the evaluation year: its longest trend, else 1. */
export function yearsNeeded(target: Target): number {
  return targetModule(target.kind).years(target, yearsNeeded);
}

/** The grades a target names (for the template's drop-down). */
export function namedGrades(target: Target): readonly string[] {
  return targetModule(target.kind).grades(target, namedGrades);
}

export type { TargetContext, TargetModule, TargetResult } from './types.js';
