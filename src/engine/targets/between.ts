// Target kind `between` ({ between: [60, 80] }): min ≤ value ≤ max, both ends included, compared exactly.
import { compareDecimal } from '../../util/decimal.js';
import { compareGap } from '../compare-gap.js';
import { unitSuffix } from '../units.js';
import { readNumber, resultWord } from './read-value.js';
import type { TargetEvaluator, TargetResult } from './types.js';

export const evaluateBetween: TargetEvaluator<'between'> = (target, ctx) => {
  const read = readNumber(ctx, ctx.year);
  if (!read.ok) return read.result;
  const low = compareDecimal(read.value, target.min) < 0;
  const high = compareDecimal(read.value, target.max) > 0;
  const ok = !low && !high;
  const steps = [
    ...(read.step ? [read.step] : []),
    ctx.tr.t('step.between', { min: target.min, max: target.max, value: read.value, unit: unitSuffix(ctx.unit), result: resultWord(ctx, ok) }),
  ];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: read.value, steps, records: [read.ref] };
  if (low) result.gap = compareGap(read.value, '>=', target.min, ctx.unit, ctx.tr);
  if (high) result.gap = compareGap(read.value, '<=', target.max, ctx.unit, ctx.tr);
  return result;
};
