// `qcc validate --format sarif`: every data problem as a SARIF result, for code scanning on a data repository.
import type { Translator } from '../../i18n/index.js';
import { problemFinding, sarifLog } from '../formatters/sarif-log.js';
import type { ValidationResult } from './validation-result.js';

export function validationSarif(result: ValidationResult, tr: Translator): string {
  return sarifLog({ version: result.tool?.version ?? '', findings: result.problems.map(problemFinding) }, tr);
}
