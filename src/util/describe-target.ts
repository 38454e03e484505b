// A target in words ("≥ 98%", "近 3 年逐年不下降"), in the user's language; used by reports, rules and the engine.
import type { Benchmark, Target } from '../model/index.js';
import type { MessageKey, Translator } from '../i18n/index.js';

export function describeTarget(target: Target, unit: string | undefined, tr: Translator, benchmarks: readonly Benchmark[] = []): string {
  const u = unitSuffix(unit);
  const op = (o: string) => tr.t(`op.${o}` as MessageKey);
  switch (target.kind) {
    case 'compare':
      return tr.t('target.compare', { op: op(target.op), value: target.value, unit: u });
    case 'events':
      return tr.t('target.events', { op: op(target.op), value: target.value });
    case 'between':
      return tr.t('target.between', { min: target.min, max: target.max, unit: u });
    case 'benchmark': {
      const title = benchmarks.find((b) => b.id === target.benchmark)?.title ?? target.benchmark;
      return tr.t('target.benchmark', { op: op(target.op), benchmark: title });
    }
    case 'trend':
      return tr.t(`target.trend.${target.trend}` as MessageKey, { years: target.years });
    case 'rank':
      return tr.t('target.rank', { top: target.top, cohort: target.cohort ? tr.t('target.rank.cohort', { cohort: target.cohort }) : '' });
    case 'grade':
      return tr.t('target.grade', { grades: target.in.join('/') });
    case 'yes-no':
      return tr.t(target.equals ? 'target.yes-no.yes' : 'target.yes-no.no');
    case 'all':
      return target.all.map((t) => describeTarget(t, unit, tr, benchmarks)).join(tr.t('target.all.join'));
    case 'unset':
      return tr.t('target.unset', { note: target.note });
  }
}

/** "%" and "‰" stick to the number; other units follow after a space. */
export function unitSuffix(unit: string | undefined): string {
  if (!unit) return '';
  return /^[%‰℃]$/.test(unit) ? unit : ` ${unit}`;
}
