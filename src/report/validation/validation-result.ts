// What `qcc validate` reports: the files read, how many records they held, and every problem found.
import type { Input, Problem } from '../../model/index.js';
import { countProblems } from '../../util/count-problems.js';

export interface ValidationResult {
  /** Files that were read (path relative to the working folder, sha256, kind). */
  inputs: Input[];
  /** Files given or found in the folders given, including those that could not be read. */
  files: string[];
  records: number;
  problems: Problem[];
  /** Warnings --quiet left out: the text then never calls the files clean. Not part of the JSON document. */
  hiddenWarnings?: number;
  /** qcc's own name and version, for the formats that name the tool (SARIF). */
  tool?: { name: string; version: string };
}

export interface ValidationSummary {
  files: number;
  records: number;
  errors: number;
  warnings: number;
}

export function summarise(result: ValidationResult): ValidationSummary {
  // A summary of repeated problems counts as the places it stands for, so the totals are every place found.
  const { errors, warnings } = countProblems(result.problems);
  return { files: result.files.length, records: result.records, errors, warnings };
}

/** Whether the run found nothing at all, counting the warnings --quiet did not show. */
export function isClean(result: ValidationResult): boolean {
  return !result.problems.length && !result.hiddenWarnings;
}
