// `qcc validate --format json`: the qcc/validation@1 document of DESIGN.md, sorted keys, problems in the one order.
import { stableStringify } from '../stable-json.js';
import { sortProblems } from '../../util/sort-problems.js';
import { summarise, type ValidationResult } from './validation-result.js';

export const VALIDATION_SCHEMA = 'qcc/validation@1';

export function validationJson(result: ValidationResult): string {
  const inputs = [...result.inputs].sort((a, b) => a.path.localeCompare(b.path, 'en'));
  return stableStringify({
    schema: VALIDATION_SCHEMA,
    inputs,
    summary: summarise(result),
    problems: sortProblems(result.problems),
  });
}
