// What `rules show` and `explain` say of each benchmark an item's target names: level, source, the pack's values, note.
import type { Benchmark, Target } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { namedBenchmarks } from '../engine/targets/named-benchmarks.js';

export interface BenchmarkFacts {
  /** Title and level: “全国特种设备万台设备事故死亡率”，全国值. */
  head: string;
  source?: string;
  /** The years the pack itself gives, or what to do when it gives none. */
  values: string;
  /** Research references, for the people who check the pack, not for the clerk. */
  note?: string;
}

export function benchmarkFacts(target: Target, benchmarks: readonly Benchmark[], tr: Translator): BenchmarkFacts[] {
  return namedBenchmarks(target, benchmarks).map((b) => {
    const years = Object.keys(b.values).sort();
    const values = years.length
      ? years.map((year) => tr.t('benchmark.value', { year, value: b.values[year] ?? '' })).join(tr.t('word.list'))
      : tr.t('benchmark.no-values');
    return {
      head: tr.t('benchmark.head', { title: b.title, level: tr.t(`benchmark.level.${b.level}`) }),
      values,
      ...(b.source ? { source: b.source } : {}),
      ...(b.note ? { note: b.note } : {}),
    };
  });
}
