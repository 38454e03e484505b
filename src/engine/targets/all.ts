// Target kind `all` ({ all: [...] }): every listed target must pass; each part is evaluated by the registry.
import type { Target } from '../../model/index.js';
import { partRecords } from './part-records.js';
import type { TargetContext, TargetModule, TargetResult, TargetStatus } from './types.js';

/**
 * A definite failure of any part fails the whole (more data cannot rescue it); otherwise an unreadable
 * part makes it invalid, then a missing part missing; only when every part passes does it pass.
 */
const PRECEDENCE: readonly TargetStatus[] = ['fail', 'invalid', 'missing', 'pass'];

function evaluateAll(
  target: { all: Target[] },
  ctx: TargetContext,
  evaluate: (part: Target) => TargetResult,
): TargetResult {
  const { tr } = ctx;
  const parts = target.all.map((part) => evaluate(part));
  const status = PRECEDENCE.find((s) => parts.some((p) => p.status === s)) ?? 'pass';
  const steps = [tr.t('step.all', { count: parts.length })];
  parts.forEach((p, i) => p.steps.forEach((step) => steps.push(tr.t('step.all-part', { n: i + 1, step }))));
  const records = partRecords(parts);
  const failing = parts.filter((p) => p.status !== 'pass' && p.gap);
  const result: TargetResult = { status, steps, records };
  const value = parts.find((p) => p.value !== undefined)?.value;
  if (value !== undefined) result.value = value;
  // Missing only for want of a benchmark: say which, so that the gap list asks for the benchmark, not the city's data.
  if (status === 'missing' && parts.every((p) => p.status !== 'missing' || p.missingBenchmarks?.length)) {
    const titles = [...new Set(parts.flatMap((p) => p.missingBenchmarks ?? []))];
    if (titles.length) result.missingBenchmarks = titles;
  }
  if (status !== 'pass' && failing.length) {
    const gap: TargetResult['gap'] = { text: failing.map((p) => p.gap?.text).join(tr.t('word.semicolon')) };
    // One amount only when one part is short: distances in different senses do not add up.
    if (failing.length === 1 && failing[0]?.gap?.amount !== undefined) gap.amount = failing[0].gap.amount;
    result.gap = gap;
    const reason = parts.find((p) => p.status === status)?.reason;
    if (reason) result.reason = reason;
  }
  return result;
}

export const allTarget: TargetModule<'all'> = {
  yaml: { marker: 'all', required: ['all'], keys: ['all'], example: 'target.example.all' },
  schema: { all: { type: 'array', minItems: 1, items: { $ref: '#/$defs/target' } } },
  measures: ['rate', 'count', 'amount', 'index', 'rank', 'grade'],
  read: (t, ctx) => {
    if (!Array.isArray(t.all)) return undefined;
    const parts = t.all.map((part, i) => ctx.part(part, [...ctx.at, 'all', i]));
    return parts.every((p) => p !== undefined) ? { kind: 'all', all: parts as Target[] } : undefined;
  },
  evaluate: evaluateAll,
  describe: (target, ctx) => target.all.map((t) => ctx.part(t)).join(ctx.tr.t('target.all.join')),
  json: (target, part) => ({ all: target.all.map((t) => part(t)) }),
  years: (target, part) => target.all.reduce((most, t) => Math.max(most, part(t)), 1),
  grades: (target, part) => target.all.flatMap((t) => [...part(t)]),
};
