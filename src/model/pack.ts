// Types of a rule pack (规则包): metadata, areas, departments, benchmarks and items with their targets.
import type { Location } from './location.js';

export type MeasureKind = 'rate' | 'count' | 'amount' | 'index' | 'rank' | 'grade' | 'yes-no' | 'events';
export type CompareOp = '>=' | '>' | '<=' | '<' | '==';
export type TrendKind = 'non-decreasing' | 'rising' | 'non-increasing' | 'falling';
export type Scope = 'city' | 'district' | 'all';
export type Confidence = 'confirmed' | 'city-practice' | 'plan' | 'inferred';

/** Numbers in targets are exact decimals kept as canonical strings ("98.5"), never floats. */
export type DecimalString = string;

/** Lower and upper bounds in the measure's unit; a bound left out is open. */
export interface Bounds {
  min?: DecimalString;
  max?: DecimalString;
}

export interface Measure {
  kind: MeasureKind;
  unit?: string;
  /** The values that can be true (a growth rate may be negative); absent: the kind's default. */
  range?: Bounds;
  /** Where a city's value usually lies; a value far outside it is a warning that names the likely unit slip. */
  typical?: Bounds;
}

export type Target =
  | { kind: 'compare'; op: CompareOp; value: DecimalString }
  | { kind: 'between'; min: DecimalString; max: DecimalString }
  | { kind: 'benchmark'; op: CompareOp; benchmark: string }
  | { kind: 'trend'; trend: TrendKind; years: number }
  | { kind: 'rank'; top: number; cohort: string }
  | { kind: 'grade'; in: string[] }
  | { kind: 'yes-no'; equals: boolean }
  | { kind: 'events'; op: CompareOp; value: DecimalString }
  | { kind: 'all'; all: Target[] }
  /** At least one part passes: the plan's "A 或 B" routes. */
  | { kind: 'any'; any: Target[] }
  /** Another item's own target on its own records (a component: `part_of` the referring item); only inside any/all. */
  | { kind: 'item'; item: string }
  /** No public source gives a value: the city must set the target in its profile. */
  | { kind: 'unset'; note: string };

export type TargetKind = Target['kind'];

export interface BasisRef {
  doc: string;
  clause?: string;
  confidence: Confidence;
  /** Free text: which source, which city's value was used. */
  note?: string;
}

export interface Item {
  id: string;
  title: string;
  area: string;
  measure: Measure;
  target: Target;
  points: number;
  veto: boolean;
  scope: Scope;
  lead: string;
  support: string[];
  basis: BasisRef;
  evidence: string[];
  minEvidence: number;
  remedy?: string;
  description?: string;
  /**
   * The item whose target reads this one (`part_of`): a component has a template row and is validated, but has no
   * outcome of its own; its records show in the parent's.
   */
  partOf?: string;
  /** Where the item is defined (file:line:column of its `id`). */
  location: Location;
}

export interface BasisDoc {
  id: string;
  number?: string;
  title: string;
  date?: string;
  url?: string;
}

export interface Grade {
  min: number;
  grade: string;
}

export interface Scoring {
  total: number;
  pass: number;
  grades: Grade[];
  /** What a failed veto item does: force the lowest grade. */
  veto: 'grade-D' | 'fail';
  note?: string;
}

/**
 * A month of the timeline: fixed ("2020-09"), or counted from the evaluation (acceptance) year, so that one pack fits
 * every city whatever year it is checked: { yearsBefore: 2, month: 5 } is May two years before that year.
 */
export type PhaseMonth = string | { yearsBefore: number; month: number };

export interface Phase {
  id: string;
  title: string;
  from: PhaseMonth;
  to: PhaseMonth;
  note?: string;
}

/** A phase with both months fixed (YYYY-MM), for one evaluation year or as the profile set it. */
export interface ResolvedPhase {
  id: string;
  title: string;
  from: string;
  to: string;
  note?: string;
}

export interface Area {
  id: string;
  title: string;
}

export interface Department {
  name: string;
  aliases: string[];
  /** The pack's own name when the profile gave the department its local name (departments: in qcc.yaml). */
  packName?: string;
}

/** How sure the pack is of who leads and supports each item (assignments: in pack.yaml), said once for all items. */
export interface Assignments {
  confidence: Confidence;
  note?: string;
}

/**
 * Where a benchmark's values come from: `national` — a nationwide figure a ministry publishes (全国值); `provincial` —
 * a figure of the province, above all the annual target the province sets each city (省下达本市的年度目标), which the
 * city types into its 基准值 sheet.
 */
export type BenchmarkLevel = 'national' | 'provincial';

export interface Benchmark {
  id: string;
  title: string;
  unit?: string;
  level: BenchmarkLevel;
  /** Year → exact decimal value. */
  values: Record<string, DecimalString>;
  /** The document a clerk can find (shown in the template and in explanations), in plain words. */
  source?: string;
  /** Research references (调研 §…, addresses): shown only by `rules show` and `explain`. */
  note?: string;
}

export interface Pack {
  id: string;
  title: string;
  version: string;
  description?: string;
  basis: BasisDoc[];
  scoring: Scoring;
  phases: Phase[];
  areas: Area[];
  departments: Department[];
  /** Absent: the pack does not say how it chose lead and support departments. */
  assignments?: Assignments;
  benchmarks: Benchmark[];
  items: Item[];
  /** Folder the pack was read from. */
  dir: string;
  /** Files read, relative to the working directory, in reading order. */
  files: string[];
}
