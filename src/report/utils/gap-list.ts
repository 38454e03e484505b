// The gap list order (整改清单): outcomes not met, veto items first, then by the points passing would add.
import type { Outcome, Report } from '../../model/index.js';
import { compareOutcomes } from './order-outcomes.js';
import { isNotMet } from '../../util/statuses.js';

export function gapList(report: Report): Outcome[] {
  const byReport = compareOutcomes(report);
  return report.outcomes
    .filter((o) => isNotMet(o.status))
    .sort((a, b) => Number(b.veto) - Number(a.veto) || b.uplift - a.uplift || byReport(a, b));
}
