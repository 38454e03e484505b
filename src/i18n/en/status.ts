// English texts of an outcome's status, one word for every format: keys status.*.
import type { status as zh } from '../zh/status.js';

export const status: Record<keyof typeof zh, string> = {
  'status.pass': 'met',
  'status.fail': 'not met',
  'status.missing': 'no data',
  'status.invalid': 'invalid data',
  'status.not-applicable': 'not applicable',
  'status.waived': 'waived',
};
