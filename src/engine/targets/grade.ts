// Target kind `grade` ({ in: [A] }): the value is one of the listed grades (Latin letters compared without case).
import { readGrade, resultWord } from './read-value.js';
import { quoteValue } from '../../wording/quote-value.js';
import type { TargetEvaluator, TargetModule, TargetResult } from './types.js';

const fold = (g: string): string => g.trim().toUpperCase();

export const evaluateGrade: TargetEvaluator<'grade'> = (target, ctx) => {
  const read = readGrade(ctx, ctx.year);
  if (!read.ok) return read.result;
  const grades = target.in.join('/');
  const ok = target.in.some((g) => fold(g) === fold(read.value));
  const steps = [ctx.tr.t('step.grade', { value: quoteValue(read.value), grades, result: resultWord(ctx, ok) })];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: read.value, steps, records: [read.ref] };
  if (!ok) result.gap = { text: ctx.tr.t('gap.grade', { value: quoteValue(read.value), grades }) };
  return result;
};

export const gradeTarget: TargetModule<'grade'> = {
  yaml: { marker: 'in', required: ['in'], keys: ['in'], example: 'target.example.grade' },
  schema: { in: { type: 'array', minItems: 1, items: { type: 'string' } } },
  measures: ['grade'],
  read: (t) => (Array.isArray(t.in) ? { kind: 'grade', in: t.in.map(String) } : undefined),
  evaluate: evaluateGrade,
  describe: (target, { tr }) => tr.t('target.grade', { grades: target.in.join('/') }),
  json: (target) => ({ in: target.in }),
  years: () => 1,
  grades: (target) => target.in,
};
