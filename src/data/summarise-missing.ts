// Blank value cells said once per file, sheet, region and year ("开化县 2020 年 12 项未填…") instead of once per cell.
import type { DataRecord, Dataset, Location, Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { compareItemIds } from '../util/item-ids.js';
import { formatLocation } from '../util/format-location.js';
import { makeProblem } from '../wording/problem.js';
import { sortProblems } from '../util/sort-problems.js';

/** How many item ids a summary names before it says "等 N 项". */
export const SUMMARY_LIST_LIMIT = 12;

interface Group {
  location: Location;
  region: string;
  year: number;
  items: string[];
  placeholders: string[];
  cells: Problem[];
}

type BlankBenchmark = NonNullable<Dataset['blankBenchmarks']>[number];

/**
 * The blank cells of one file's 基准值 sheet in one warning. They are the nation's and the province's published values,
 * which the city's office fills once: a department's or county's copy of the template leaves them blank, and a
 * warning per cell would bury what that clerk has to fix.
 */
function summariseBenchmarks(
  problems: readonly Problem[],
  blanks: readonly BlankBenchmark[],
  tr: Translator,
): Problem[] {
  const byCell = new Map(blanks.map((b) => [formatLocation(b.location), b]));
  const groups = new Map<string, { location: Location; cells: Problem[]; blanks: BlankBenchmark[] }>();
  const out: Problem[] = [];
  for (const problem of problems) {
    const blank = problem.code === 'benchmark-value-missing' ? byCell.get(formatLocation(problem.location)) : undefined;
    if (!blank) {
      out.push(problem);
      continue;
    }
    const { file, sheet } = problem.location;
    const key = JSON.stringify([file, sheet ?? null]);
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { location: sheet === undefined ? { file } : { file, sheet }, cells: [], blanks: [] }));
    group.cells.push(problem);
    group.blanks.push(blank);
  }
  for (const group of groups.values()) {
    if (group.cells.length < 2) {
      for (const cell of group.cells) out.push(cell);
      continue;
    }
    const years = new Map<string, { title: string; years: number[] }>();
    for (const b of group.blanks) {
      const entry = years.get(b.benchmark) ?? { title: b.title, years: [] };
      entry.years.push(b.year);
      years.set(b.benchmark, entry);
    }
    const list = [...years.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, e]) =>
        tr.t('data.benchmarks.entry', {
          title: e.title,
          years: [...e.years].sort((a, b) => a - b).join(tr.t('word.list')),
        }),
      )
      .join(tr.t('word.semicolon'));
    out.push(
      makeProblem(tr, 'benchmark-values-missing', 'warning', group.location, { count: group.cells.length, list }),
    );
  }
  return out;
}

/**
 * Replaces the `value-missing` problems of one file, sheet, region and year by a single `values-missing` warning at
 * the sheet (the file for CSV) when there are two or more of them; a lone blank cell keeps its own warning, which
 * names the cell. Other problems pass through. Pure: the records say which region, item and year a cell belongs to.
 */
export function summariseMissing(
  dataset: Pick<Dataset, 'problems' | 'records' | 'blankTwins' | 'blankBenchmarks'>,
  tr: Translator,
): Problem[] {
  const problems = summariseBenchmarks(dataset.problems, dataset.blankBenchmarks ?? [], tr);
  // Naming every record's cell costs a string per record: only worth it when some cell was left blank.
  const byCell = new Map<string, DataRecord>();
  if (problems.some((p) => p.code === 'value-missing')) {
    for (const record of dataset.records) byCell.set(formatLocation(record.location), record);
    for (const record of dataset.blankTwins ?? []) byCell.set(formatLocation(record.location), record);
  }
  const groups = new Map<string, Group>();
  const out: Problem[] = [];
  for (const problem of problems) {
    const record = problem.code === 'value-missing' ? byCell.get(formatLocation(problem.location)) : undefined;
    if (!record) {
      out.push(problem);
      continue;
    }
    const { file, sheet } = problem.location;
    const key = JSON.stringify([file, sheet ?? null, record.region, record.year]);
    let group = groups.get(key);
    if (!group) {
      group = {
        location: sheet === undefined ? { file } : { file, sheet },
        region: record.region,
        year: record.year,
        items: [],
        placeholders: [],
        cells: [],
      };
      groups.set(key, group);
    }
    group.items.push(record.item);
    if (record.raw.trim() !== '') group.placeholders.push(record.raw.trim());
    group.cells.push(problem);
  }
  for (const group of groups.values()) {
    if (group.cells.length < 2) {
      for (const cell of group.cells) out.push(cell);
      continue;
    }
    const ids = [...new Set(group.items)].sort(compareItemIds);
    const shown = ids.slice(0, SUMMARY_LIST_LIMIT).join(tr.t('word.list'));
    const items =
      ids.length > SUMMARY_LIST_LIMIT ? tr.t('data.missing.more', { items: shown, count: ids.length }) : shown;
    const typed = [...new Set(group.placeholders)].sort().map((p) => tr.t('data.missing.quoted', { value: p }));
    const placeholders = typed.length
      ? tr.t('data.missing.placeholders', { count: group.placeholders.length, values: typed.join(tr.t('word.list')) })
      : '';
    out.push(
      makeProblem(tr, 'values-missing', 'warning', group.location, {
        region: group.region,
        year: group.year,
        count: group.cells.length,
        items,
        placeholders,
      }),
    );
  }
  return sortProblems(out);
}
