// Problems: errors and warnings about an input (rule file, profile or data file), always with a location.
import type { Location } from './location.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable kebab-case code, e.g. "yaml-duplicate-key"; listed in docs/problems.md. */
  code: string;
  severity: Severity;
  /** Localised text: subject, requirement, what was found. */
  message: string;
  /** Localised advice on what to do. */
  hint?: string;
  location: Location;
  /**
   * Set on a summary (problems-repeated) that stands for this many places of one kind in one file, not listed one by
   * one: counts of errors and warnings count it as that many (util/count-problems).
   */
  repeats?: number;
}
