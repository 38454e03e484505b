// English texts of `qcc validate`: keys validate.*.
import type { validate as zh } from '../zh/validate.js';

export const validate: Record<keyof typeof zh, string> = {
  'validate.summary': `{files} {files|file|files}, {records} {records|record|records}, {errors} {errors|error|errors}, \
{warnings} {warnings|warning|warnings}`,
  'validate.clean': 'No problems found.',
  'validate.step-summary.title': 'qcc data validation',
  'validate.junit.suite': 'qcc data validation',
};
