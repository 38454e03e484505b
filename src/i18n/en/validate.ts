// English texts of `qcc validate`: keys validate.*.
import type { validate as zh } from '../zh/validate.js';

export const validate: Record<keyof typeof zh, string> = {
  'validate.summary': '{files} files, {records} records, {errors} errors, {warnings} warnings',
  'validate.clean': 'No problems found.',
  'validate.col.location': 'Location',
  'validate.col.severity': 'Severity',
  'validate.col.message': 'Problem',
  'validate.col.code': 'Code',
  'validate.junit.suite': 'qcc data validation',
  'validate.junit.ok': 'no problems',
};
