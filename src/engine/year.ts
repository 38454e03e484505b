// The evaluation year: --year, else the profile's, else the latest year with city records.
import type { Dataset, Profile } from '../model/index.js';

/**
 * Without city records, the latest year of any record; with no records at all, the year before today
 * (acceptance checks look back at a completed year).
 */
export function resolveYear(
  year: number | undefined,
  profile: Profile,
  dataset: Dataset,
  city: string,
  today: string,
): number {
  if (year !== undefined) return year;
  if (profile.year !== undefined) return profile.year;
  const latest = (records: readonly { year: number }[]): number | undefined =>
    records.length ? records.reduce((m, r) => (r.year > m ? r.year : m), records[0]?.year ?? 0) : undefined;
  return (
    latest(dataset.records.filter((r) => r.region === city)) ?? latest(dataset.records) ?? Number(today.slice(0, 4)) - 1
  );
}
