// Target kind `unset` (no public value; the city must set it in qcc.yaml): cannot be judged, so the outcome is missing.
import type { TargetEvaluator } from './types.js';

export const evaluateUnset: TargetEvaluator<'unset'> = (target, ctx) => {
  const text = ctx.tr.t('gap.unset', { note: target.note });
  const record = ctx.record(ctx.year);
  return {
    status: 'missing',
    gap: { text },
    reason: ctx.tr.t('reason.unset'),
    steps: [ctx.tr.t('step.unset', { note: target.note })],
    records: record ? [{ year: record.year, raw: record.raw, location: record.location }] : [],
  };
};
