// Area subtotals, total score (with and without waivers), grade, veto and verdict from the scored outcomes.
import type { AreaScore, Outcome, Pack, Status, Summary } from '../model/index.js';
import { STATUSES } from '../util/statuses.js';
import { add, compare, divide, floor2, fromNumber, multiply, ZERO, type Fraction } from './fraction.js';

/** An outcome with the item's points (after any override) and the number of regions that share them. */
export interface Scored {
  outcome: Outcome;
  /** 0 for a county outcome of an all item: the city's figure carries the item's points. */
  points: number;
  regions: number;
  /** The figure the item is judged on: the city's for city and all items, each district's for district items. */
  judged: boolean;
}

/** Outcome points, earned and uplift are shown with at most two decimals. */
export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

const EARNS = (s: Status | undefined): boolean => s === 'pass';
/** Nothing proves a veto item met when its judged figure is missing or unreadable; that is not a triggered veto. */
const UNKNOWN = (s: Status): boolean => s === 'missing' || s === 'invalid';

/**
 * Points:
 * - city and all items: the city's figure earns the item's points (for all items the counties' figures are the
 *   plan's decomposition: evaluated, counted and listed, with 0 points of their own); district items, whose
 *   requirement is about every county: the points are shared equally by the districts, so 4 of 6 districts
 *   passing earns 4/6 and the gap list shows what each district would add;
 * - not-applicable outcomes leave the maximum: the score is what was earned out of the applicable
 *   points, rescaled to scoring.total so that the pass line and grades keep their meaning
 *   (e.g. 76 earned of 95 applicable → 80 of 100);
 * - waived outcomes count as earned in `score`, and as their data alone gives in `scoreWithoutWaivers`.
 * Area subtotals are not rescaled: an area shows what it earned out of its applicable points.
 * With --region, only that region's outcomes are scored, so the score is that region's own, out of the total.
 * Sums are exact fractions; the pass line and grades compare the exact score, and scores are shown
 * rounded down to two decimals so that a shown 80.00 has really reached 80.
 * Veto: a veto item is triggered when any figure, the city's or a county's, fails it (an incident in one county
 * is an incident in the city): the verdict fails whatever the score, and with scoring.veto grade-D the grade is
 * the lowest. A veto item not triggered whose judged figure is missing or unreadable is undetermined: the
 * verdict is 待定 (undetermined) unless the score fails anyway; blank county cells do not block a city that
 * reported its own figure. Waived and not-applicable veto outcomes do neither.
 */
export function scoreReport(scored: readonly Scored[], pack: Pack): { areas: AreaScore[]; summary: Summary } {
  let maximum = ZERO;
  let earned = ZERO;
  let earnedWithout = ZERO;
  const areaEarned = new Map<string, Fraction>();
  const areaMax = new Map<string, Fraction>();
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const vetoFailed = new Set<string>();
  const vetoUnknown = new Set<string>();
  for (const { outcome, points, regions, judged } of scored) {
    counts[outcome.status] += 1;
    if (outcome.veto && outcome.status === 'fail') vetoFailed.add(outcome.item);
    if (outcome.veto && judged && UNKNOWN(outcome.status)) vetoUnknown.add(outcome.item);
    if (outcome.status === 'not-applicable' || regions === 0 || points === 0) continue;
    const share = divide(fromNumber(points), fromNumber(regions));
    maximum = add(maximum, share);
    areaMax.set(outcome.area, add(areaMax.get(outcome.area) ?? ZERO, share));
    if (EARNS(outcome.status) || outcome.status === 'waived') {
      earned = add(earned, share);
      areaEarned.set(outcome.area, add(areaEarned.get(outcome.area) ?? ZERO, share));
    }
    if (EARNS(outcome.status) || (outcome.status === 'waived' && EARNS(outcome.waiver?.evaluated)))
      earnedWithout = add(earnedWithout, share);
  }
  const { scoring } = pack;
  const factor = divide(fromNumber(scoring.total), maximum);
  const score = multiply(earned, factor);
  const reaches = (min: number): boolean => compare(score, fromNumber(min)) >= 0;
  const vetoList = [...vetoFailed];
  const undetermined = [...vetoUnknown].filter((id) => !vetoFailed.has(id));
  const passes = reaches(scoring.pass) && vetoList.length === 0;
  const grades = [...scoring.grades].sort((a, b) => b.min - a.min);
  const lowest = grades[grades.length - 1]?.grade ?? '';
  const byScore = grades.find((g) => reaches(g.min))?.grade ?? lowest;
  const summary: Summary = {
    score: floor2(score),
    total: scoring.total,
    scoreWithoutWaivers: floor2(multiply(earnedWithout, factor)),
    grade: vetoList.length && scoring.veto === 'grade-D' ? lowest : byScore,
    verdict: !passes ? 'fail' : undetermined.length ? 'undetermined' : 'pass',
    vetoFailed: vetoList,
    vetoUndetermined: undetermined,
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
