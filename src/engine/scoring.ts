// Area subtotals, total score (with and without waivers), grade, veto and verdict from the scored outcomes.
import type { AreaScore, Outcome, Pack, Status, Summary } from '../model/index.js';
import { add, compare, divide, floor2, fromNumber, multiply, ZERO, type Fraction } from './fraction.js';

/** An outcome with the item's points (after any override) and the number of regions that share them. */
export interface Scored {
  outcome: Outcome;
  points: number;
  regions: number;
}

/** Outcome points, earned and uplift are shown with at most two decimals. */
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
 * Sums are exact fractions; the pass line and grades compare the exact score, and scores are shown
 * rounded down to two decimals so that a shown 80.00 has really reached 80.
 * Veto: a veto item that fails, or whose data is missing or invalid, fails the verdict whatever the score;
 * with scoring.veto grade-D it also sets the lowest grade. Waived and not-applicable veto items do not.
 */
export function scoreReport(scored: readonly Scored[], pack: Pack): { areas: AreaScore[]; summary: Summary } {
  let maximum = ZERO;
  let earned = ZERO;
  let earnedWithout = ZERO;
  const areaEarned = new Map<string, Fraction>();
  const areaMax = new Map<string, Fraction>();
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const vetoFailed = new Set<string>();
  for (const { outcome, points, regions } of scored) {
    counts[outcome.status] += 1;
    if (outcome.veto && VETO_FAILS(outcome.status)) vetoFailed.add(outcome.item);
    if (outcome.status === 'not-applicable' || regions === 0) continue;
    const share = divide(fromNumber(points), fromNumber(regions));
    maximum = add(maximum, share);
    areaMax.set(outcome.area, add(areaMax.get(outcome.area) ?? ZERO, share));
    if (EARNS(outcome.status) || outcome.status === 'waived') {
      earned = add(earned, share);
      areaEarned.set(outcome.area, add(areaEarned.get(outcome.area) ?? ZERO, share));
    }
    if (EARNS(outcome.status) || (outcome.status === 'waived' && EARNS(outcome.waiver?.evaluated))) earnedWithout = add(earnedWithout, share);
  }
  const { scoring } = pack;
  const factor = divide(fromNumber(scoring.total), maximum);
  const score = multiply(earned, factor);
  const reaches = (min: number): boolean => compare(score, fromNumber(min)) >= 0;
  const vetoList = [...vetoFailed];
  const grades = [...scoring.grades].sort((a, b) => b.min - a.min);
  const lowest = grades[grades.length - 1]?.grade ?? '';
  const byScore = grades.find((g) => reaches(g.min))?.grade ?? lowest;
  const summary: Summary = {
    score: floor2(score),
    total: scoring.total,
    scoreWithoutWaivers: floor2(multiply(earnedWithout, factor)),
    grade: vetoList.length && scoring.veto === 'grade-D' ? lowest : byScore,
    verdict: reaches(scoring.pass) && vetoList.length === 0 ? 'pass' : 'fail',
    vetoFailed: vetoList,
    counts,
  };
  const areas: AreaScore[] = pack.areas.map((a) => ({
    id: a.id,
    title: a.title,
    score: floor2(areaEarned.get(a.id) ?? ZERO),
    total: floor2(areaMax.get(a.id) ?? ZERO),
  }));
  return { areas, summary };
}
