// Target kind `all` ({ all: [...] }): every listed target must pass; each part is evaluated by the registry.
import type { RecordRef } from '../../model/index.js';
import type { TargetEvaluator, TargetResult, TargetStatus } from './types.js';
import type { evaluateTarget as EvaluateTarget } from './index.js';

/**
 * A definite failure of any part fails the whole (more data cannot rescue it); otherwise an unreadable
 * part makes it invalid, then a missing part missing; only when every part passes does it pass.
 */
const PRECEDENCE: readonly TargetStatus[] = ['fail', 'invalid', 'missing', 'pass'];

export function makeEvaluateAll(evaluate: typeof EvaluateTarget): TargetEvaluator<'all'> {
  return (target, ctx) => {
    const { tr } = ctx;
    const parts = target.all.map((part) => evaluate(part, ctx));
    const status = PRECEDENCE.find((s) => parts.some((p) => p.status === s)) ?? 'pass';
    const steps = [tr.t('step.all', { count: parts.length })];
    parts.forEach((p, i) => p.steps.forEach((step) => steps.push(tr.t('step.all-part', { n: i + 1, step }))));
    const seen = new Set<string>();
    const records: RecordRef[] = [];
    for (const ref of parts.flatMap((p) => p.records)) {
      const key = `${ref.year}|${JSON.stringify(ref.location)}`;
      if (!seen.has(key)) records.push(ref);
      seen.add(key);
    }
    const failing = parts.filter((p) => p.status !== 'pass' && p.gap);
    const result: TargetResult = { status, steps, records };
    const value = parts.find((p) => p.value !== undefined)?.value;
    if (value !== undefined) result.value = value;
    if (status !== 'pass' && failing.length) {
      const gap: TargetResult['gap'] = { text: failing.map((p) => p.gap?.text).join(tr.t('word.semicolon')) };
      // One amount only when one part is short: distances in different senses do not add up.
      if (failing.length === 1 && failing[0]?.gap?.amount !== undefined) gap.amount = failing[0].gap.amount;
      result.gap = gap;
      const reason = parts.find((p) => p.status === status)?.reason;
      if (reason) result.reason = reason;
    }
    return result;
  };
}
