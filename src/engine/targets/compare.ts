// Target kind `compare` ({ op: ">=", value: 98 }): the evaluation year's value compared exactly with a fixed value.
import { compareGap, holds } from '../compare-gap.js';
import { unitSuffix } from '../units.js';
import { readNumber, resultWord } from './read-value.js';
import type { TargetContext, TargetEvaluator, TargetOf, TargetResult } from './types.js';

/** Shared by compare and events, which differ only in how the target reads. */
export function compareValue(target: TargetOf<'compare'> | TargetOf<'events'>, ctx: TargetContext): TargetResult {
  const read = readNumber(ctx, ctx.year);
  if (!read.ok) return read.result;
  const ok = holds(read.value, target.op, target.value);
  const steps = [
    ...(read.step ? [read.step] : []),
    ctx.tr.t('step.compare', { value: read.value, op: ctx.tr.t(`op.${target.op}`), target: target.value, unit: unitSuffix(ctx.unit), result: resultWord(ctx, ok) }),
  ];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: read.value, steps, records: [read.ref] };
  if (!ok) result.gap = compareGap(read.value, target.op, target.value, ctx.unit, ctx.tr);
  return result;
}

export const evaluateCompare: TargetEvaluator<'compare'> = compareValue;
