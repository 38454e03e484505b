// The one order of outcomes every format uses: area as the report lists them, item id numerically,
// the city before its districts (in the profile's order), then year.
import type { AreaScore, Outcome, Report } from '../../model/index.js';
import { compareItemIds } from '../../util/item-ids.js';

/** Regions in report order: the city, its districts as the profile lists them, then any other by code point. */
export function regionOrder(report: Report): string[] {
  const known = [report.profile.city, ...report.profile.districts];
  const others = [...new Set(report.outcomes.map((o) => o.region))].filter((r) => !known.includes(r)).sort();
  return [...known, ...others].filter((r) => report.outcomes.some((o) => o.region === r));
}

export function compareOutcomes(report: Report): (a: Outcome, b: Outcome) => number {
  const areaIndex = new Map(reportAreas(report).map((a, i) => [a.id, i]));
  const regions = regionOrder(report);
  const regionIndex = new Map(regions.map((r, i) => [r, i]));
  return (a, b) =>
    (areaIndex.get(a.area) ?? Number.MAX_SAFE_INTEGER) - (areaIndex.get(b.area) ?? Number.MAX_SAFE_INTEGER) ||
    compareItemIds(a.item, b.item) ||
    (regionIndex.get(a.region) ?? 0) - (regionIndex.get(b.region) ?? 0) ||
    a.year - b.year;
}

export function orderOutcomes(report: Report): Outcome[] {
  return [...report.outcomes].sort(compareOutcomes(report));
}

/**
 * The report's areas, plus one for any outcome whose area the report does not list (titled by its id),
 * so that no format silently drops an outcome.
 */
export function reportAreas(report: Report): AreaScore[] {
  const known = new Set(report.areas.map((a) => a.id));
  const extra = [...new Set(report.outcomes.map((o) => o.area).filter((id) => !known.has(id)))].sort(compareItemIds);
  return [
    ...report.areas,
    ...extra.map((id) => {
      const own = report.outcomes.filter((o) => o.area === id);
      return {
        id,
        title: id,
        score: own.reduce((s, o) => s + o.earned, 0),
        total: own.reduce((s, o) => s + o.points, 0),
      };
    }),
  ];
}
