// The outcome statuses in their one order, and which of them count as "not met"; shared by engine, pack and report.
import type { Status } from '../model/index.js';

/** Every status, in the order reports count and list them. */
export const STATUSES: readonly Status[] = ['pass', 'fail', 'missing', 'invalid', 'not-applicable', 'waived'];

/** Not met: the outcome is on the gap list, earns uplift by passing, and fails a CI run. */
export function isNotMet(status: Status): boolean {
  return status === 'fail' || status === 'missing' || status === 'invalid';
}
