// Target kind `rank` ({ rank: { top: 10 } }): the value is a rank, 1 = best, and passes when it is ≤ top.
import { compareDecimal, decimalFromNumber, subtractDecimal } from '../../util/decimal.js';
import { readNumber, resultWord } from './read-value.js';
import type { TargetEvaluator, TargetModule, TargetResult } from './types.js';

export const evaluateRank: TargetEvaluator<'rank'> = (target, ctx) => {
  const read = readNumber(ctx, ctx.year);
  if (!read.ok) return read.result;
  const top = decimalFromNumber(target.top);
  const ok = compareDecimal(read.value, top) <= 0;
  const steps = [
    ...(read.step ? [read.step] : []),
    ctx.tr.t('step.rank', { value: read.value, top, result: resultWord(ctx, ok) }),
  ];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: read.value, steps, records: [read.ref] };
  if (!ok) {
    const amount = subtractDecimal(read.value, top);
    result.gap = { text: ctx.tr.t('gap.rank', { value: read.value, top, amount }), amount };
  }
  return result;
};

export const rankTarget: TargetModule<'rank'> = {
  yaml: { marker: 'rank', required: ['rank'], keys: ['rank'], example: 'target.example.rank' },
  schema: {
    rank: {
      type: 'object',
      required: ['top'],
      additionalProperties: false,
      properties: { top: { type: 'integer', minimum: 1 }, cohort: { type: 'string' } },
    },
  },
  measures: ['rate', 'index', 'rank'],
  read: (t) => {
    const r = t.rank as { top?: unknown; cohort?: unknown } | undefined;
    if (!r || typeof r.top !== 'number') return undefined;
    return { kind: 'rank', top: r.top, cohort: typeof r.cohort === 'string' ? r.cohort : '' };
  },
  evaluate: evaluateRank,
  describe: (target, { tr }) =>
    tr.t('target.rank', {
      top: target.top,
      cohort: target.cohort ? tr.t('target.rank.cohort', { cohort: target.cohort }) : '',
    }),
  json: (target) => ({ rank: { top: target.top, cohort: target.cohort } }),
  years: () => 1,
  grades: () => [],
};
