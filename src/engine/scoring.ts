// Area subtotals, total score (with and without waivers), grade, veto and verdict from the scored outcomes.
import type { AreaScore, Outcome, Pack, Status, Summary } from '../model/index.js';

/** An outcome with its exact share of the item's points (the outcome's `points` field is rounded for display). */
export interface Scored {
  outcome: Outcome;
  share: number;
}

/** Scores are shown with at most two decimals; rounding also removes float noise from summing shares. */
export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

const EARNS = (s: Status | undefined): boolean => s === 'pass';
/** A veto item counts as failed when it fails, or when its data is missing or unreadable (nothing proves it is met). */
const VETO_FAILS = (s: Status): boolean => s === 'fail' || s === 'missing' || s === 'invalid';

export const STATUSES: readonly Status[] = ['pass', 'fail', 'missing', 'invalid', 'not-applicable', 'waived'];

/**
 * Points:
 * - an item's points are shared equally by the regions it is evaluated for (city items: the city alone;
 *   district items: each district; `all`: the city and each district), so a district item where 4 of 6
 *   districts pass earns 4/6 of its points and the gap list shows what each district would add;
 * - not-applicable outcomes leave the maximum: the score is what was earned out of the applicable
 *   points, rescaled to scoring.total so that the pass line and grades keep their meaning
 *   (e.g. 76 earned of 95 applicable → 80 of 100);
 * - waived outcomes count as earned in `score`, and as their data alone gives in `scoreWithoutWaivers`.
 * Area subtotals are not rescaled: an area shows what it earned out of its applicable points.
 * With --region, only that region's outcomes are scored, so the score is that region's own, out of the total.
 * Veto: a veto item that fails, or whose data is missing or invalid, fails the verdict whatever the score;
 * with scoring.veto grade-D it also sets the lowest grade. Waived and not-applicable veto items do not.
 */
export function scoreReport(scored: readonly Scored[], pack: Pack): { areas: AreaScore[]; summary: Summary } {
  let maximum = 0;
  let earned = 0;
  let earnedWithout = 0;
  const areaEarned = new Map<string, number>();
  const areaMax = new Map<string, number>();
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const vetoFailed = new Set<string>();
  for (const { outcome, share } of scored) {
    counts[outcome.status] += 1;
    if (outcome.veto && VETO_FAILS(outcome.status)) vetoFailed.add(outcome.item);
    if (outcome.status === 'not-applicable') continue;
    maximum += share;
    areaMax.set(outcome.area, (areaMax.get(outcome.area) ?? 0) + share);
    const withWaiver = EARNS(outcome.status) || outcome.status === 'waived';
    if (withWaiver) {
      earned += share;
      areaEarned.set(outcome.area, (areaEarned.get(outcome.area) ?? 0) + share);
    }
    if (EARNS(outcome.status) || (outcome.status === 'waived' && EARNS(outcome.waiver?.evaluated))) earnedWithout += share;
  }
  const { scoring } = pack;
  const factor = maximum > 0 ? scoring.total / maximum : 0;
  const score = round2(earned * factor);
  const vetoList = [...vetoFailed];
  const grades = [...scoring.grades].sort((a, b) => b.min - a.min);
  const lowest = grades[grades.length - 1]?.grade ?? '';
  const byScore = grades.find((g) => score >= g.min)?.grade ?? lowest;
  const summary: Summary = {
    score,
    total: scoring.total,
    scoreWithoutWaivers: round2(earnedWithout * factor),
    grade: vetoList.length && scoring.veto === 'grade-D' ? lowest : byScore,
    verdict: score >= scoring.pass && vetoList.length === 0 ? 'pass' : 'fail',
    vetoFailed: vetoList,
    counts,
  };
  const areas: AreaScore[] = pack.areas.map((a) => ({
    id: a.id,
    title: a.title,
    score: round2(areaEarned.get(a.id) ?? 0),
    total: round2(areaMax.get(a.id) ?? 0),
  }));
  return { areas, summary };
}
