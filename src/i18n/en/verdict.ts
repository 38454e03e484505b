// English texts of the overall verdict: keys verdict.*.
import type { verdict as zh } from '../zh/verdict.js';

export const verdict: Record<keyof typeof zh, string> = {
  'verdict.pass': 'PASS',
  'verdict.fail': 'FAIL',
  'verdict.undetermined': 'UNDETERMINED',
};
