// English texts of an outcome's status, one word for every format: keys status.*.
import type { status as zh } from '../zh/status.js';

export const status: Record<keyof typeof zh, string> = {
  'status.pass': 'pass',
  'status.fail': 'FAIL',
  'status.missing': 'missing',
  'status.invalid': 'invalid',
  'status.not-applicable': 'n/a',
  'status.waived': 'waived',
};
