// `--format json`: the qcc/report@1 document (DESIGN.md "The JSON that other tools rely on"), keys sorted,
// outcomes, inputs and problems in their fixed order, so the same report always gives the same bytes.
import type { Report } from '../../model/index.js';
import { sortProblems } from '../../util/sort-problems.js';
import { stableStringify } from '../stable-json.js';
import { orderOutcomes } from '../utils/order-outcomes.js';
import type { Formatter } from '../formatter.js';
import { countyRanking, type RankingEntry } from '../utils/county-ranking.js';

/** The document as written: the report itself, with every list in its one order, and the county ranking. */
export function reportDocument(report: Report): Report & { ranking: RankingEntry[] } {
  return {
    ranking: countyRanking(report),
    ...report,
    schema: 'qcc/report@1',
    inputs: [...report.inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    outcomes: orderOutcomes(report),
    problems: sortProblems(report.problems),
  };
}

export const jsonFormatter: Formatter<Report> = {
  carriesProblems: true,
  binary: false,
  extensions: ['json'],
  format: (report) => stableStringify(reportDocument(report)),
};
