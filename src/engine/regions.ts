// Which regions an item is evaluated for, the city's name when the profile leaves it out, and the order of regions.
import type { Dataset, Item, Pack, Profile, Scope } from '../model/index.js';

/**
 * The city's name: the profile's; else the region most records of city-scope items carry (that is what the
 * submitted files call the city); else the first region of any record that is not a district; else ''.
 */
export function resolveCity(profile: Profile, pack: Pack, dataset: Dataset): string {
  if (profile.city) return profile.city;
  const cityItems = new Set(pack.items.filter((i) => i.scope === 'city').map((i) => i.id));
  const districts = new Set(profile.districts);
  const counts = new Map<string, number>();
  for (const r of dataset.records) {
    if (cityItems.has(r.item) && !districts.has(r.region)) counts.set(r.region, (counts.get(r.region) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [region, n] of counts) {
    if (n > most) [best, most] = [region, n];
  }
  return best || (dataset.records.find((r) => !districts.has(r.region))?.region ?? '');
}

/** city → the city; district → each district in profile order; all → both. */
export function regionsFor(scope: Scope, city: string, districts: readonly string[]): string[] {
  if (scope === 'city') return [city];
  if (scope === 'district') return [...districts];
  return [city, ...districts];
}

/** Outcome order: the city first, then districts in profile order, then any other region by name. */
export function regionRank(city: string, districts: readonly string[]): (region: string) => number {
  const order = new Map<string, number>([[city, 0]]);
  districts.forEach((d, i) => order.set(d, i + 1));
  return (region) => order.get(region) ?? districts.length + 1;
}

/** Applies to every item whose scope names the region: used by --region. */
export function itemRegions(
  item: Item,
  city: string,
  districts: readonly string[],
  filter: string | undefined,
): string[] {
  const regions = regionsFor(item.scope, city, districts);
  return filter === undefined ? regions : regions.filter((r) => r === filter);
}
