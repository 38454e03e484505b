// Which rows the data-entry template has: one per item × region × year the item needs, in pack order.
import type { Item, Pack, Profile, Target } from '../../model/index.js';
import { yearsNeeded } from '../../engine/targets/index.js';

/** The target the city is held to: the profile's override, else the pack's. */
export function effectiveTarget(item: Item, profile: Profile): Target {
  return profile.overrides[item.id]?.target ?? item.target;
}

/**
 * The years a template covers: the evaluation year and the years before it that trend items need (at least 3, so that
 * a city keeps a three-year series even where the pack has no trend item of that length).
 */
export function templateYears(pack: Pack, profile: Profile, year: number, count?: number): number[] {
  const n = count ?? Math.max(3, ...pack.items.map((i) => yearsNeeded(effectiveTarget(i, profile))));
  return Array.from({ length: n }, (_, i) => year - n + 1 + i);
}

export interface TemplateRow {
  item: Item;
  target: Target;
  region: string;
  year: number;
}

export function regionsOf(item: Item, city: string, districts: readonly string[]): string[] {
  if (item.scope === 'city') return [city];
  if (item.scope === 'district') return [...districts];
  return [city, ...districts];
}

/** Items the profile marks not applicable get no rows; trend items get every year, others the evaluation year only. */
export function templateRows(pack: Pack, profile: Profile, years: readonly number[], city: string): TemplateRow[] {
  const sorted = [...years].sort((a, b) => a - b);
  const rows: TemplateRow[] = [];
  for (const item of pack.items) {
    if (profile.notApplicable[item.id]) continue;
    const target = effectiveTarget(item, profile);
    const wanted = yearsNeeded(target) > 1 ? sorted : sorted.slice(-1);
    for (const region of regionsOf(item, city, profile.districts)) {
      for (const year of wanted) rows.push({ item, target, region, year });
    }
  }
  return rows;
}
