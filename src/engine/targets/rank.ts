// Target kind `rank` ({ rank: { top: 10 } }): the value is a rank, 1 = best, and passes when it is ≤ top.
import { compareDecimal, decimalFromNumber, subtractDecimal } from '../../util/decimal.js';
import { readNumber, resultWord } from './read-value.js';
import type { TargetEvaluator, TargetResult } from './types.js';

export const evaluateRank: TargetEvaluator<'rank'> = (target, ctx) => {
  const read = readNumber(ctx, ctx.year);
  if (!read.ok) return read.result;
  const top = decimalFromNumber(target.top);
  const ok = compareDecimal(read.value, top) <= 0;
  const steps = [...(read.step ? [read.step] : []), ctx.tr.t('step.rank', { value: read.value, top, result: resultWord(ctx, ok) })];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: read.value, steps, records: [read.ref] };
  if (!ok) {
    const amount = subtractDecimal(read.value, top);
    result.gap = { text: ctx.tr.t('gap.rank', { value: read.value, top, amount }), amount };
  }
  return result;
};
