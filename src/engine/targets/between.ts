// Target kind `between` ({ between: [60, 80] }): min ≤ value ≤ max, both ends included, compared exactly.
import { compareDecimal, decimalFromNumber } from '../../util/decimal.js';
import { compareGap } from '../compare-gap.js';
import { unitSuffix } from '../units.js';
import { readNumber, resultWord } from './read-value.js';
import type { TargetEvaluator, TargetModule, TargetResult } from './types.js';

export const evaluateBetween: TargetEvaluator<'between'> = (target, ctx) => {
  const read = readNumber(ctx, ctx.year);
  if (!read.ok) return read.result;
  const low = compareDecimal(read.value, target.min) < 0;
  const high = compareDecimal(read.value, target.max) > 0;
  const ok = !low && !high;
  const steps = [
    ...(read.step ? [read.step] : []),
    ctx.tr.t('step.between', {
      min: target.min,
      max: target.max,
      value: read.value,
      unit: unitSuffix(ctx.unit),
      result: resultWord(ctx, ok),
    }),
  ];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: read.value, steps, records: [read.ref] };
  if (low) result.gap = compareGap(read.value, '>=', target.min, ctx.unit, ctx.tr);
  if (high) result.gap = compareGap(read.value, '<=', target.max, ctx.unit, ctx.tr);
  return result;
};

export const betweenTarget: TargetModule<'between'> = {
  yaml: { marker: 'between', required: ['between'], keys: ['between'], example: 'target.example.between' },
  schema: { between: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'number' } } },
  measures: ['rate', 'count', 'amount', 'index'],
  read: (t, ctx) => {
    const [a, b] = Array.isArray(t.between) ? (t.between as unknown[]) : [];
    if (typeof a !== 'number' || typeof b !== 'number') return undefined;
    const min = decimalFromNumber(a);
    const max = decimalFromNumber(b);
    if (compareDecimal(min, max) > 0) {
      ctx.error('target-between-order', [...ctx.at, 'between'], { min, max });
      return undefined;
    }
    return { kind: 'between', min, max };
  },
  evaluate: evaluateBetween,
  describe: (target, { tr, unit }) =>
    tr.t('target.between', { min: target.min, max: target.max, unit: unitSuffix(unit) }),
  json: (target) => ({ between: [Number(target.min), Number(target.max)] }),
  years: () => 1,
  grades: () => [],
};
