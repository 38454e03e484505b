// Errors and warnings counted by the places they stand for: a summary of repeated problems counts as all its places.
import type { Problem } from '../model/index.js';

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    const n = p.repeats ?? 1;
    if (p.severity === 'error') errors += n;
    else warnings += n;
  }
  return { errors, warnings };
}
