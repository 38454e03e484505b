// Finds a pack item by id or title and a profile region by name, as people write them, with suggestions when unknown.
import type { Item, Pack, Profile } from '../model/index.js';
import { suggest } from '../util/suggest.js';
import { matchKey, normaliseText } from '../util/normalise-text.js';
import { boundedMemo } from '../util/bounded-memo.js';

/** A title without a trailing bracketed note or unit: "工程一次验收合格率(%)" → "工程一次验收合格率". */
const bareTitle = boundedMemo((title: string): string => matchKey(title).replace(/\([^()]*\)$/, ''));

/** Names that mean the city itself in a 地区 column. */
export const CITY_WORDS: readonly string[] = ['市本级', '本级', '全市', '本市', '市级', '合计', '全市合计'];

export interface Lookups {
  itemById(id: string): Item | undefined;
  itemByTitle(title: string): Item | undefined;
  /** The id closest to what was typed, or the item whose title is closest. */
  suggestItem(id: string | undefined, title: string | undefined): string | undefined;
  titleMatches(item: Item, title: string): boolean;
  /** The profile's name for a region; undefined when the profile lists regions and this is none of them. */
  region(name: string): string | undefined;
  suggestRegion(name: string): string | undefined;
  /** Regions listed in the profile (city first). */
  regions: readonly string[];
  /** The profile lists districts, so region names are checked against the list. */
  listed: boolean;
  city: string;
}

/** `cityName` is what records of the city are called when the profile names no city (the catalogue's 市本级). */
export function buildLookups(pack: Pack, profile: Profile, cityName = profile.city): Lookups {
  const byId = new Map(pack.items.map((item) => [item.id, item]));
  const byTitle = new Map<string, Item>();
  for (const item of pack.items) {
    byTitle.set(matchKey(item.title), item);
    if (!byTitle.has(bareTitle(item.title))) byTitle.set(bareTitle(item.title), item);
  }
  const regions = [profile.city, ...profile.districts].filter(Boolean);
  const regionKeys = new Map(regions.map((r) => [matchKey(r), r]));
  const cityWords = new Set(CITY_WORDS.map(matchKey));
  // Short forms: 柯城 → 柯城区, 衢州 → 衢州市, when exactly one region starts with what was typed.
  const shortForm = (key: string): string | undefined => {
    if ([...key].length < 2) return undefined;
    const hits = regions.filter((r) => matchKey(r).startsWith(key));
    return hits.length === 1 ? hits[0] : undefined;
  };
  // Every row asks again for the same few ids, titles and regions: each distinct text is looked up once.
  const itemById = boundedMemo((id) => byId.get(normaliseText(id).replace(/\s+/g, '')));
  const itemByTitle = boundedMemo((title) => byTitle.get(matchKey(title)) ?? byTitle.get(bareTitle(title)));
  const region = boundedMemo((name: string): string | undefined => {
    const key = matchKey(name);
    if (regionKeys.has(key)) return regionKeys.get(key);
    if (cityWords.has(key)) return profile.city || cityName;
    // 衢州市本级, 衢州市（本级）, 衢州全市: the city's name followed by one of the city words.
    const city = profile.city ? matchKey(profile.city) : '';
    const cityStem = city.replace(/市$/, '');
    for (const stem of city ? [city, cityStem] : []) {
      if (key.startsWith(stem) && cityWords.has(key.slice(stem.length).replace(/^[（(]|[）)]$/g, '')))
        return profile.city;
    }
    // Without a list of districts any name is accepted as written.
    return profile.districts.length ? shortForm(key) : normaliseText(name);
  });
  return {
    itemById,
    itemByTitle,
    suggestItem(id, title) {
      if (id) {
        const near = suggest(normaliseText(id), byId.keys());
        if (near) return near;
      }
      if (title) {
        const near = suggest(
          bareTitle(title),
          pack.items.map((i) => bareTitle(i.title)),
        );
        const item = near ? pack.items.find((i) => bareTitle(i.title) === near) : undefined;
        if (item) return `${item.id} ${item.title}`;
      }
      return undefined;
    },
    titleMatches(item, title) {
      const a = bareTitle(item.title);
      const b = bareTitle(title);
      return a === b || a.includes(b) || b.includes(a);
    },
    region,
    suggestRegion: (name) => suggest(normaliseText(name), regions),
    regions,
    listed: profile.districts.length > 0,
    city: profile.city || cityName,
  };
}
