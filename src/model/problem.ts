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
   * Set on a summary that stands for this many more places of one kind in one file, not listed one by one
   * (problems-repeated): counts of errors and warnings add it.
   */
  repeats?: number;
}
