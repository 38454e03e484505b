// Target kind `yes-no` ({ equals: yes }): the record says 是/yes/✓ (or 否 when the target is no).
import { readYesNo, resultWord } from './read-value.js';
import type { TargetEvaluator, TargetModule, TargetResult } from './types.js';

export const evaluateYesNo: TargetEvaluator<'yes-no'> = (target, ctx) => {
  const { tr } = ctx;
  const read = readYesNo(ctx, ctx.year);
  if (!read.ok) return read.result;
  const word = (b: boolean): string => tr.t(b ? 'word.yes' : 'word.no');
  const ok = read.value === target.equals;
  const params = { value: word(read.value), expected: word(target.equals) };
  const steps = [tr.t('step.yes-no', { ...params, result: resultWord(ctx, ok) })];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: word(read.value), steps, records: [read.ref] };
  if (!ok) result.gap = { text: tr.t('gap.yes-no', params) };
  return result;
};

const YES = new Set<unknown>([true, 'yes', '是']);

export const yesNoTarget: TargetModule<'yes-no'> = {
  yaml: { marker: 'equals', required: ['equals'], keys: ['equals'], example: 'target.example.yes-no' },
  schema: { equals: { anyOf: [{ type: 'boolean' }, { enum: ['yes', 'no', '是', '否'] }] } },
  measures: ['yes-no'],
  read: (t) => ({ kind: 'yes-no', equals: YES.has(t.equals) }),
  evaluate: evaluateYesNo,
  describe: (target, { tr }) => tr.t(target.equals ? 'target.yes-no.yes' : 'target.yes-no.no'),
  json: (target) => ({ equals: target.equals ? 'yes' : 'no' }),
  years: () => 1,
  grades: () => [],
};
