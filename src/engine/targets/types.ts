// What a target kind module is (shape, reading, evaluation, words, JSON, years, template) and what evaluation gets.
import type {
  Benchmark,
  DataRecord,
  Gap,
  Item,
  MeasureKind,
  RecordRef,
  Target,
  TargetKind,
} from '../../model/index.js';
import type { PlainKey, Translator } from '../../i18n/index.js';
import type { ProblemCode, ProblemParams } from '../../wording/problem.js';

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
  /**
   * Another item of the pack for the same region and year (an item reference): its target as the city holds it (the
   * profile's override applied) and its own context (its records, its unit); undefined when the pack has no such item
   * or when following it would come back to an item already being evaluated.
   */
  other(id: string): OtherItem | undefined;
  tr: Translator;
}

export interface OtherItem {
  item: Item;
  target: Target;
  ctx: TargetContext;
  /** What the profile changed of it, as steps (its target and the reason), so the referring item's steps say so. */
  notes: string[];
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
  /** Titles of the benchmarks that had no value for the year: what is missing is theirs, not the city's data. */
  missingBenchmarks?: string[];
}

export type TargetOf<K extends TargetKind> = Extract<Target, { kind: K }>;

export type TargetEvaluator<K extends TargetKind> = (
  target: TargetOf<K>,
  ctx: TargetContext,
  part: (target: Target, ctx?: TargetContext) => TargetResult,
) => TargetResult;

/** A path into a YAML document (keys and list indexes), as the pack reader locates problems. */
export type TargetPath = readonly (string | number)[];

/** What a kind's `read` gets besides the YAML object: where it is, and how to report a problem or read a part. */
export interface TargetReadContext {
  measure: MeasureKind;
  at: TargetPath;
  /** Reports an error at a YAML path (the pack reader turns it into a Problem with file, line and column). */
  error<C extends ProblemCode>(code: C, at: TargetPath, params: ProblemParams<C>): void;
  /** Reads a nested target (for kinds made of parts, such as `all`). */
  part(raw: unknown, at: TargetPath): Target | undefined;
  /** The kind this target is a part of; undefined for an item's own target. */
  parent: TargetKind | undefined;
}

/** What a kind's `describe` gets: the measure's unit, the language, the benchmarks' titles, and the words of a part. */
export interface TargetDescribeContext {
  unit: string | undefined;
  tr: Translator;
  benchmarks: readonly Benchmark[];
  part(target: Target): string;
  /** Another item's title and its target in words (in its own unit), for an item reference; undefined if unknown. */
  item(id: string): { title: string; target: string; unset: boolean } | undefined;
}

/**
 * Everything qcc knows about one target kind. Operations on kinds made of parts (`all`) get the registry's own
 * operation for a part as their last argument, so that no kind module imports the registry; evaluating a part may
 * name another context (an item reference evaluates on the referenced item's records).
 */
export interface TargetModule<K extends TargetKind> {
  /**
   * The YAML shape: the key that marks it, the keys it must have, every key it may have, and the catalogue key of
   * an example for the hint of an unrecognised target (undefined when another kind's example shows it: events).
   */
  yaml: { marker: string; required: readonly string[]; keys: readonly string[]; example: PlainKey | undefined };
  /** Its properties of `$defs.target` in src/pack/schema/items.schema.json (a test keeps the file equal to these). */
  schema: Readonly<Record<string, unknown>>;
  /** The measure kinds it can judge. */
  measures: readonly MeasureKind[];
  /** The YAML object (shape already checked) as the model's target; undefined after reporting a problem, or when the
   * JSON Schema already reports what is wrong. */
  read(raw: Readonly<Record<string, unknown>>, ctx: TargetReadContext): TargetOf<K> | undefined;
  evaluate(
    target: TargetOf<K>,
    ctx: TargetContext,
    part: (target: Target, ctx?: TargetContext) => TargetResult,
  ): TargetResult;
  /** The target in words ("≥ 98%", "近 3 年逐年不下降"). */
  describe(target: TargetOf<K>, ctx: TargetDescribeContext): string;
  /** The target in `rules list --format json`, in the pack's own YAML shape (numbers as numbers). */
  json(target: TargetOf<K>, part: (target: Target) => unknown): unknown;
  /** How many years of data it needs up to the evaluation year (the template asks for that many). */
  years(target: TargetOf<K>, part: (target: Target) => number): number;
  /** Grades it names, offered in the template's drop-down besides A–D. */
  grades(target: TargetOf<K>, part: (target: Target) => readonly string[]): readonly string[];
}

/** The registry type: one module for every target kind, checked by the compiler. */
export type TargetModules = { [K in TargetKind]: TargetModule<K> };
