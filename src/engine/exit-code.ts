// `--fail-on`: which findings make `qcc check` exit 1. Levels are cumulative, from the most lenient to the strictest.
import type { Report, Status } from '../model/index.js';

/**
 * - none:     always 0 (report only).
 * - verdict:  the verdict is not 达标: 不达标 (score below the pass line, or a veto item triggered) or 待定
 *             (a veto item without a readable figure).
 * - fail:     the verdict fails, or any outcome is fail.
 * - invalid:  …or any outcome is invalid (a value that could not be read).
 * - missing:  …or any outcome is missing (no data, no benchmark, unset target). The default: exit 0 means
 *             every evaluated requirement is met (waived and not-applicable ones aside).
 * - error:    …or any problem of severity error in the inputs.
 * - warning:  …or any problem at all.
 */
export const FAIL_ON = ['none', 'verdict', 'fail', 'invalid', 'missing', 'error', 'warning'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const DEFAULT_FAIL_ON: FailOn = 'missing';

const STATUS_LEVEL: Partial<Record<Status, FailOn>> = { fail: 'fail', invalid: 'invalid', missing: 'missing' };

export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 {
  const level = FAIL_ON.indexOf(failOn);
  const reached = (at: FailOn): boolean => level >= FAIL_ON.indexOf(at);
  if (failOn === 'none') return 0;
  if (report.summary.verdict !== 'pass') return 1;
  for (const outcome of report.outcomes) {
    const at = STATUS_LEVEL[outcome.status];
    if (at && reached(at)) return 1;
  }
  if (reached('error') && report.problems.some((p) => p.severity === 'error')) return 1;
  if (reached('warning') && report.problems.length) return 1;
  return 0;
}
