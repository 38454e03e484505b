// Target kind `any` ({ any: [...] }): at least one listed target must pass (the plan's "A 或 B" routes).
import type { Target } from '../../model/index.js';
import { partRecords } from './part-records.js';
import type { TargetContext, TargetModule, TargetResult, TargetStatus } from './types.js';

/**
 * One route that passes is enough; otherwise an unreadable part makes it invalid (fixing the cell may open that
 * route), then a missing part missing (the figure may still be reported); only when every route fails does it fail.
 */
const PRECEDENCE: readonly TargetStatus[] = ['pass', 'invalid', 'missing', 'fail'];

function evaluateAny(
  target: { any: Target[] },
  ctx: TargetContext,
  evaluate: (part: Target) => TargetResult,
): TargetResult {
  const { tr } = ctx;
  const parts = target.any.map((part) => evaluate(part));
  const status = PRECEDENCE.find((s) => parts.some((p) => p.status === s)) ?? 'fail';
  const steps = [tr.t('step.any', { count: parts.length })];
  parts.forEach((p, i) => p.steps.forEach((step) => steps.push(tr.t('step.any-part', { n: i + 1, step }))));
  const result: TargetResult = { status, steps, records: partRecords(parts) };
  // The first route's figure is the item's own measure (the one its unit and the table's value column speak of).
  const value = parts[0]?.value;
  if (value !== undefined) result.value = value;
  const short = parts.filter((p) => p.status !== 'pass' && p.gap);
  if (status !== 'pass' && short.length) {
    // Every route is open: the clerk sees what each would take and picks the nearest.
    const gap: TargetResult['gap'] = { text: short.map((p) => p.gap?.text).join(tr.t('target.any.gap-join')) };
    // One amount only when one route is described: distances in different units do not compare.
    if (short.length === 1 && short[0]?.gap?.amount !== undefined) gap.amount = short[0].gap.amount;
    result.gap = gap;
    const reason = parts.find((p) => p.status === status)?.reason;
    if (reason) result.reason = reason;
  }
  return result;
}

export const anyTarget: TargetModule<'any'> = {
  yaml: { marker: 'any', required: ['any'], keys: ['any'], example: 'target.example.any' },
  schema: { any: { type: 'array', minItems: 1, items: { $ref: '#/$defs/target' } } },
  measures: ['rate', 'count', 'amount', 'index', 'rank', 'grade'],
  read: (t, ctx) => {
    if (!Array.isArray(t.any)) return undefined;
    const parts = t.any.map((part, i) => ctx.part(part, [...ctx.at, 'any', i]));
    return parts.every((p) => p !== undefined) ? { kind: 'any', any: parts as Target[] } : undefined;
  },
  evaluate: evaluateAny,
  describe: (target, ctx) => target.any.map((t) => ctx.part(t)).join(ctx.tr.t('target.any.join')),
  json: (target, part) => ({ any: target.any.map((t) => part(t)) }),
  years: (target, part) => target.any.reduce((most, t) => Math.max(most, part(t)), 1),
  grades: (target, part) => target.any.flatMap((t) => [...part(t)]),
};
