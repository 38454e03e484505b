// Indexes of the dataset: the first record per item/region/year, and benchmark values (the data's override the pack's).
import type { Benchmark, BenchmarkValue, DataRecord } from '../model/index.js';
import type { BenchmarkLookup } from './targets/types.js';

export type RecordIndex = (item: string, region: string, year: number) => DataRecord | undefined;

const key = (item: string, region: string, year: number): string => `${item}\u0000${region}\u0000${year}`;

/** Duplicates are already reported by the reader; the first one read is kept, carrying any conflicting values. */
export function indexRecords(records: readonly DataRecord[]): RecordIndex {
  const map = new Map<string, DataRecord>();
  for (const r of records) {
    const k = key(r.item, r.region, r.year);
    if (!map.has(k)) map.set(k, r);
  }
  return (item, region, year) => map.get(key(item, region, year));
}

export type YearsIndex = (item: string, region: string) => readonly DataRecord[];

/**
 * The first record of each year for an item and region, latest year first: what else is on file when a year is blank.
 */
export function indexYears(records: readonly DataRecord[]): YearsIndex {
  const map = new Map<string, Map<number, DataRecord>>();
  for (const r of records) {
    const k = `${r.item}\u0000${r.region}`;
    let years = map.get(k);
    if (!years) map.set(k, (years = new Map()));
    if (!years.has(r.year)) years.set(r.year, r);
  }
  const sorted = new Map<string, DataRecord[]>();
  for (const [k, years] of map)
    sorted.set(
      k,
      [...years.values()].sort((a, b) => b.year - a.year),
    );
  return (item, region) => sorted.get(`${item}\u0000${region}`) ?? [];
}

export type BenchmarkIndex = (id: string, year: number) => BenchmarkLookup | undefined;

/** A value from the data files' 基准值 sheet wins over the pack's own value for the same id and year. */
export function indexBenchmarks(
  pack: readonly Benchmark[],
  data: readonly BenchmarkValue[],
  packSource: string,
): BenchmarkIndex {
  const fromData = new Map<string, BenchmarkValue>();
  for (const b of data) {
    const k = `${b.benchmark}\u0000${b.year}`;
    if (!fromData.has(k)) fromData.set(k, b);
  }
  const byId = new Map(pack.map((b) => [b.id, b]));
  return (id, year) => {
    const def = byId.get(id);
    const title = def?.title ?? id;
    const data = fromData.get(`${id}\u0000${year}`);
    const unit = def?.unit !== undefined ? { unit: def.unit } : {};
    if (data) {
      return {
        id,
        title,
        ...unit,
        value: data.value,
        source: data.source ?? data.location.file,
        ref: { year, raw: data.value, value: data.value, location: data.location },
      };
    }
    const value = def?.values[String(year)];
    if (value === undefined) return undefined;
    return { id, title, ...unit, value, source: def?.source ?? packSource };
  };
}
