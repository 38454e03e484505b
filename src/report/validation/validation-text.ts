// `qcc validate` for a person: each problem with its place and hint, sorted, then one summary line.
import type { Translator } from '../../i18n/index.js';
import { formatProblems } from '../problems-text.js';
import { isClean, summarise, type ValidationResult } from './validation-result.js';

export function validationText(result: ValidationResult, tr: Translator, color: boolean): string {
  const summary = summarise(result);
  const body = formatProblems(result.problems, { tr, color });
  const line = tr.t('validate.summary', { ...summary });
  return `${body}${body ? '\n' : ''}${line}${isClean(result) ? ` ${tr.t('validate.clean')}` : ''}\n`;
}
