// Target kind `grade` ({ in: [A] }): the value is one of the listed grades (Latin letters compared without case).
import { readGrade, resultWord } from './read-value.js';
import type { TargetEvaluator, TargetResult } from './types.js';

const fold = (g: string): string => g.trim().toUpperCase();

export const evaluateGrade: TargetEvaluator<'grade'> = (target, ctx) => {
  const read = readGrade(ctx, ctx.year);
  if (!read.ok) return read.result;
  const grades = target.in.join('/');
  const ok = target.in.some((g) => fold(g) === fold(read.value));
  const steps = [ctx.tr.t('step.grade', { value: read.value, grades, result: resultWord(ctx, ok) })];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: read.value, steps, records: [read.ref] };
  if (!ok) result.gap = { text: ctx.tr.t('gap.grade', { value: read.value, grades }) };
  return result;
};
