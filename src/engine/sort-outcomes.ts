// The one order of outcomes: item id by its numeric parts (6.3.2 before 6.3.10), then city, districts in profile order.
import type { Outcome } from '../model/index.js';
import { compareItemIds } from '../util/item-ids.js';

export function sortOutcomes(outcomes: readonly Outcome[], regionRank: (region: string) => number): Outcome[] {
  return [...outcomes].sort(
    (a, b) =>
      compareItemIds(a.item, b.item) ||
      regionRank(a.region) - regionRank(b.region) ||
      a.region.localeCompare(b.region, 'zh') ||
      a.year - b.year,
  );
}
