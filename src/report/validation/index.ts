// The registry of `qcc validate` formats; the CLI's --format choices come from its keys. Each of them is the
// problems themselves, so none is printed again on stderr.
import type { Formatters } from '../formatter.js';
import type { ValidationResult } from './validation-result.js';
import { validationGithub } from './validation-github.js';
import { validationJson } from './validation-json.js';
import { validationJunit } from './validation-junit.js';
import { validationSarif } from './validation-sarif.js';
import { validationText } from './validation-text.js';

export const validationFormatters = {
  table: {
    carriesProblems: true,
    binary: false,
    extensions: ['txt'],
    format: (result, { tr, color }) => validationText(result, tr, color ?? false),
  },
  json: { carriesProblems: true, binary: false, extensions: ['json'], format: (result) => validationJson(result) },
  github: {
    carriesProblems: true,
    binary: false,
    extensions: [],
    format: (result, { tr }) => validationGithub(result, tr),
  },
  junit: {
    carriesProblems: true,
    binary: false,
    extensions: ['xml'],
    format: (result, { tr }) => validationJunit(result, tr),
  },
  sarif: {
    carriesProblems: true,
    binary: false,
    extensions: ['sarif'],
    format: (result, { tr }) => validationSarif(result, tr),
  },
} as const satisfies Formatters<ValidationResult>;

export type ValidationFormat = keyof typeof validationFormatters;
export type { ValidationResult } from './validation-result.js';
