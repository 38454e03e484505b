// Target kind `unset` (no public value; the city must set it in qcc.yaml): cannot be judged, so the outcome is missing.
import { readGrade, readNumber, readYesNo } from './read-value.js';
import type { TargetContext, TargetEvaluator, TargetModule, TargetResult } from './types.js';

/** The figure the city reported, read as its measure needs: shown as 现状 although it cannot be judged yet. */
function reported(ctx: TargetContext): string | undefined {
  const kind = ctx.item.measure.kind;
  if (kind === 'yes-no') {
    const read = readYesNo(ctx, ctx.year);
    return read.ok ? ctx.tr.t(read.value ? 'word.yes' : 'word.no') : undefined;
  }
  const read = kind === 'grade' ? readGrade(ctx, ctx.year) : readNumber(ctx, ctx.year);
  return read.ok ? read.value : undefined;
}

export const evaluateUnset: TargetEvaluator<'unset'> = (target, ctx) => {
  const text = ctx.tr.t('gap.unset', { note: target.note });
  const record = ctx.record(ctx.year);
  const result: TargetResult = {
    status: 'missing',
    gap: { text },
    reason: ctx.tr.t('target.unset.reason'),
    steps: [ctx.tr.t('step.unset', { note: target.note })],
    records: record ? [{ year: record.year, raw: record.raw, location: record.location }] : [],
  };
  const value = reported(ctx);
  if (value !== undefined) result.value = value;
  return result;
};

export const unsetTarget: TargetModule<'unset'> = {
  yaml: { marker: 'unset', required: ['unset'], keys: ['unset'], example: 'target.example.unset' },
  schema: {
    unset: {
      type: 'string',
      minLength: 1,
      description: 'no public value: say what is known; the city sets the target in qcc.yaml',
    },
  },
  measures: ['rate', 'count', 'amount', 'index', 'rank', 'grade', 'yes-no', 'events'],
  read: (t) => ({ kind: 'unset', note: String(t.unset) }),
  evaluate: evaluateUnset,
  describe: (target, { tr }) => tr.t('target.unset', { note: target.note }),
  json: (target) => ({ unset: target.note }),
  years: () => 1,
  grades: () => [],
};
