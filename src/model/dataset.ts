// Types of the data read from submitted files: records, benchmark values, inputs.
import type { Location } from './location.js';
import type { DecimalString } from './pack.js';
import type { Problem } from './problem.js';

/** A cell's value once read for the item's measure kind. */
export type RecordValue =
  | { type: 'number'; value: DecimalString }
  | { type: 'boolean'; value: boolean }
  | { type: 'text'; value: string }
  /** Blank or a placeholder such as —, /, 无, 暂无. */
  | { type: 'empty' }
  /** An error cell (#DIV/0!) or text that cannot be read as the measure needs. */
  | { type: 'invalid'; reason: string };

export interface DataRecord {
  region: string;
  item: string;
  title?: string;
  year: number;
  value: RecordValue;
  /** The cell's text as the user typed or Excel showed it. */
  raw: string;
  unit?: string;
  reporter?: string;
  evidence: string[];
  note?: string;
  /** The value cell. */
  location: Location;
  /**
   * The 佐证材料 cell's column, when the table has that column: the cell is on the value cell's row (a number costs a
   * record less than a second location; `atColumn(location, evidenceColumn)` gives the place).
   */
  evidenceColumn?: number;
  /**
   * Other records of the same region, item and year with a different value: the figure is in dispute until one goes.
   */
  conflicts?: { raw: string; location: Location }[];
}

export interface BenchmarkValue {
  benchmark: string;
  year: number;
  value: DecimalString;
  source?: string;
  location: Location;
}

export type InputKind = 'xlsx' | 'csv' | 'pack' | 'profile' | 'json';

export interface Input {
  path: string;
  sha256: string;
  kind: InputKind;
}

export interface Dataset {
  records: DataRecord[];
  benchmarks: BenchmarkValue[];
  inputs: Input[];
  problems: Problem[];
  /**
   * Blank records whose region, item and year another blank record already has (a county's row left blank both in
   * the city's workbook and in its own): not evaluated, but their cells' warnings belong to them.
   */
  blankTwins?: DataRecord[];
  /** Blank cells of a 基准值 sheet that no file and no pack value fills, each with its warning's place. */
  blankBenchmarks?: { benchmark: string; title: string; year: number; location: Location }[];
}
