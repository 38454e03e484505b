// The same region, item and year in two places: an error when the values differ, a warning when they agree.
import type { BenchmarkValue, DataRecord, Problem, RecordValue } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { compareDecimal } from '../util/decimal.js';
import { formatLocation } from '../util/format-location.js';
import { makeProblem } from '../wording/problem.js';

export function sameValue(a: RecordValue, b: RecordValue): boolean {
  if (a.type === 'number' && b.type === 'number') return compareDecimal(a.value, b.value) === 0;
  if (a.type === 'boolean' && b.type === 'boolean') return a.value === b.value;
  if (a.type === 'text' && b.type === 'text') return a.value === b.value;
  if (a.type === 'empty' && b.type === 'empty') return true;
  return false;
}

/**
 * A region/item/year as one number (a string only for a year no reader gives): a million records would otherwise
 * build a million key strings just to find the few repeats.
 */
function recordKeys(): (record: DataRecord) => number | string {
  const regions = new Map<string, Map<string, number>>();
  let pairs = 0;
  return ({ region, item, year }) => {
    let items = regions.get(region);
    if (!items) regions.set(region, (items = new Map()));
    let pair = items.get(item);
    if (pair === undefined) items.set(item, (pair = pairs++));
    return Number.isInteger(year) && year >= 0 && year < 10000 ? pair * 10000 + year : `${pair}\u0000${year}`;
  };
}

/**
 * Keeps the first record of each region/item/year (in file order) and reports each later one, naming the first.
 * A blank row is no rival to a filled one: a blank template or an unfilled copy beside the real file must not
 * hide the real value, so the filled record is kept and the blank one is returned in `superseded`.
 */
export function dropDuplicateRecords(
  records: readonly DataRecord[],
  tr: Translator,
): { records: DataRecord[]; problems: Problem[]; superseded: DataRecord[]; blankTwins: DataRecord[] } {
  // Where each region/item/year's record sits in `kept`: a filled record replaces a blank one in its place.
  const seen = new Map<number | string, number>();
  const keyOf = recordKeys();
  const kept: DataRecord[] = [];
  const problems: Problem[] = [];
  const superseded: DataRecord[] = [];
  const blankTwins: DataRecord[] = [];
  for (const record of records) {
    const key = keyOf(record);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, kept.length);
      kept.push(record);
      continue;
    }
    const first = kept[at]!;
    if (first.value.type === 'empty' && record.value.type !== 'empty') {
      kept[at] = record;
      superseded.push(first);
      continue;
    }
    if (record.value.type === 'empty' && first.value.type !== 'empty') {
      superseded.push(record);
      continue;
    }
    // Two blanks (an unfilled template beside an unfilled copy) say nothing twice; each already has its own warning.
    if (first.value.type === 'empty' && record.value.type === 'empty') {
      blankTwins.push(record);
      continue;
    }
    const equal = sameValue(first.value, record.value);
    // The kept record carries the disagreement, so the check judges it as disputed rather than on whichever came first.
    if (!equal) (first.conflicts ??= []).push({ raw: record.raw, location: record.location });
    const params = {
      region: record.region,
      item: record.item,
      year: record.year,
      value: record.raw,
      other: formatLocation(first.location),
      otherValue: first.raw,
    };
    problems.push(
      makeProblem(
        tr,
        equal ? 'record-repeated' : 'record-duplicate',
        equal ? 'warning' : 'error',
        record.location,
        params,
      ),
    );
  }
  return { records: kept, problems, superseded, blankTwins };
}

export function dropDuplicateBenchmarks(
  values: readonly BenchmarkValue[],
  tr: Translator,
): { benchmarks: BenchmarkValue[]; problems: Problem[] } {
  const seen = new Map<string, BenchmarkValue>();
  const kept: BenchmarkValue[] = [];
  const problems: Problem[] = [];
  for (const value of values) {
    const key = `${value.benchmark}\u0000${value.year}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, value);
      kept.push(value);
      continue;
    }
    const equal = compareDecimal(first.value, value.value) === 0;
    const params = {
      benchmark: value.benchmark,
      year: value.year,
      value: value.value,
      other: formatLocation(first.location),
      otherValue: first.value,
    };
    problems.push(makeProblem(tr, 'benchmark-duplicate', equal ? 'warning' : 'error', value.location, params));
  }
  return { benchmarks: kept, problems };
}
