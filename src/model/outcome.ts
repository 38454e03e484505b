// Types of one evaluated requirement: an item for one region and year, with its status and gap.
import type { Location } from './location.js';
import type { DecimalString, MeasureKind, Scope } from './pack.js';

export type Status = 'pass' | 'fail' | 'missing' | 'invalid' | 'not-applicable' | 'waived';

/** A record the computation used, by reference: where it is and what it said. */
export interface RecordRef {
  year: number;
  raw: string;
  value?: DecimalString | string | boolean;
  location: Location;
  /** The component item the record belongs to, when it is not the outcome's own item (a parent reads it). */
  item?: string;
}

export interface Gap {
  /** In words, localised: "还差 1.5 个百分点", "未填报". */
  text: string;
  /** Distance to the target in the measure's unit, exact decimal; absent where it has no size. */
  amount?: DecimalString;
}

export interface Outcome {
  item: string;
  title: string;
  area: string;
  region: string;
  year: number;
  scope: Scope;
  measure: MeasureKind;
  status: Status;
  /** The value evaluated (the evaluation year's), as text in the measure's unit. */
  value?: string;
  unit?: string;
  target: { text: string; kind: string };
  gap?: Gap;
  points: number;
  /**
   * The item's whole points (after any override), shared by `regions` outcomes: a report shows 1 rather than 7 × 0.14.
   */
  itemPoints?: number;
  regions?: number;
  /**
   * A county's outcome of a scope-all item: evaluated, shown and listed, but the city's figure (this region)
   * carries the item's points, so this outcome has none to earn or add.
   */
  pointsCarriedBy?: string;
  earned: number;
  veto: boolean;
  lead: string;
  support: string[];
  /** Points that passing would add to the score. */
  uplift: number;
  /** Why not-applicable, waived, missing or invalid. */
  reason?: string;
  /** A missing outcome whose data is there but whose benchmark has no value for the year: the benchmarks' titles. */
  missingBenchmarks?: string[];
  /** For a waived outcome: who approved it, until when, and the status the data alone gives (optional addition). */
  waiver?: { approver: string; expires: string; evaluated?: Status };
  /**
   * `shortfall` is there only when the value met its target and the evidence alone made the outcome fail:
   * too few entries listed, or listed files not found in --evidence-dir.
   */
  evidence?: {
    listed: string[];
    required: number;
    verified: boolean;
    missingFiles: string[];
    shortfall?: 'too-few' | 'files-missing';
  };
  records: RecordRef[];
  /** The computation, step by step, localised; shown by `qcc explain`. */
  steps: string[];
}
