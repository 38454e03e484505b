// The registry of `qcc validate` formats; the CLI's --format choices come from its keys.
import type { Translator } from '../../i18n/index.js';
import type { ValidationResult } from './validation-result.js';
import { validationGithub } from './validation-github.js';
import { validationJson } from './validation-json.js';
import { validationJunit } from './validation-junit.js';
import { validationText } from './validation-text.js';

export interface ValidationFormatOptions {
  tr: Translator;
  color: boolean;
}

export const validationFormatters = {
  table: (result: ValidationResult, { tr, color }: ValidationFormatOptions) => validationText(result, tr, color),
  json: (result: ValidationResult, _options: ValidationFormatOptions) => validationJson(result),
  github: (result: ValidationResult, { tr }: ValidationFormatOptions) => validationGithub(result, tr),
  junit: (result: ValidationResult, { tr }: ValidationFormatOptions) => validationJunit(result, tr),
} as const satisfies Record<string, (result: ValidationResult, options: ValidationFormatOptions) => string>;

export type ValidationFormat = keyof typeof validationFormatters;
export type { ValidationResult } from './validation-result.js';
