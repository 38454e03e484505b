// What a target evaluator gets (the item, the region, the year, record and benchmark lookups) and what it returns.
import type { Benchmark, DataRecord, Gap, Item, RecordRef, Target, TargetKind } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';

/** A benchmark value for one year, from the dataset's 基准值 sheet or else the pack. */
export interface BenchmarkLookup {
  id: string;
  title: string;
  unit?: string;
  value: string;
  source: string;
  ref?: RecordRef;
}

export interface TargetContext {
  item: Item;
  region: string;
  /** The evaluation year. */
  year: number;
  unit?: string;
  /** The first record of this item and region for `year` (duplicates are reported by the reader). */
  record(year: number): DataRecord | undefined;
  benchmark(id: string, year: number): BenchmarkLookup | undefined;
  /** The pack's benchmarks, for titles. */
  benchmarks: readonly Benchmark[];
  tr: Translator;
}

/** The statuses a target itself can give; not-applicable and waived come from the profile. */
export type TargetStatus = 'pass' | 'fail' | 'missing' | 'invalid';

export interface TargetResult {
  status: TargetStatus;
  /** The evaluation year's value as display text in the measure's unit. */
  value?: string;
  gap?: Gap;
  reason?: string;
  steps: string[];
  records: RecordRef[];
}

export type TargetOf<K extends TargetKind> = Extract<Target, { kind: K }>;

export type TargetEvaluator<K extends TargetKind> = (target: TargetOf<K>, ctx: TargetContext) => TargetResult;

/** The registry type: one evaluator for every target kind, checked by the compiler. */
export type TargetRegistry = { [K in TargetKind]: TargetEvaluator<K> };
