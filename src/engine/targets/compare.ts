// Target kind `compare` ({ op: ">=", value: 98 }): the evaluation year's value compared exactly with a fixed value.
import { compareGap, holds } from '../compare-gap.js';
import { unitSuffix } from '../units.js';
import { readNumber, resultWord } from './read-value.js';
import type { CompareOp } from '../../model/index.js';
import { decimalFromNumber } from '../../util/decimal.js';
import type { TargetContext, TargetEvaluator, TargetModule, TargetOf, TargetResult } from './types.js';

/** Shared by compare and events, which differ only in how the target reads. */
export function compareValue(target: TargetOf<'compare'> | TargetOf<'events'>, ctx: TargetContext): TargetResult {
  const read = readNumber(ctx, ctx.year);
  if (!read.ok) return read.result;
  const ok = holds(read.value, target.op, target.value);
  const steps = [
    ...(read.step ? [read.step] : []),
    ctx.tr.t('step.compare', {
      value: read.value,
      op: ctx.tr.t(`target.op.${target.op}`),
      target: target.value,
      unit: unitSuffix(ctx.unit),
      result: resultWord(ctx, ok),
    }),
  ];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: read.value, steps, records: [read.ref] };
  if (!ok) result.gap = compareGap(read.value, target.op, target.value, ctx.unit, ctx.tr);
  return result;
}

export const evaluateCompare: TargetEvaluator<'compare'> = compareValue;

/** The comparison operators, as the schema of every kind with an `op` writes them. */
export const OP_SCHEMA = { enum: ['>=', '>', '<=', '<', '=='] } as const;

/** Shared by compare and events: `{ op, value }` with the value as an exact decimal. */
export function readOpValue<K extends 'compare' | 'events'>(
  kind: K,
  t: Readonly<Record<string, unknown>>,
): TargetOf<K> | undefined {
  if (typeof t.value !== 'number' || typeof t.op !== 'string') return undefined;
  return { kind, op: t.op as CompareOp, value: decimalFromNumber(t.value) } as TargetOf<K>;
}

export const compareTarget: TargetModule<'compare'> = {
  yaml: { marker: 'op', required: ['op', 'value'], keys: ['op', 'value'], example: 'target.example.compare' },
  schema: { op: OP_SCHEMA, value: { type: 'number' } },
  measures: ['rate', 'count', 'amount', 'index', 'rank'],
  read: (t) => readOpValue('compare', t),
  evaluate: evaluateCompare,
  describe: (target, { tr, unit }) =>
    tr.t('target.compare', { op: tr.t(`target.op.${target.op}`), value: target.value, unit: unitSuffix(unit) }),
  json: (target) => ({ op: target.op, value: Number(target.value) }),
  years: () => 1,
  grades: () => [],
};
