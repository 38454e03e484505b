// Blank value cells said once per file, sheet, region and year ("开化县 2020 年 12 项未填…") instead of once per cell.
import type { DataRecord, Location, Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { compareItemIds } from '../util/item-ids.js';
import { formatLocation } from '../util/format-location.js';
import { makeProblem } from '../util/problem.js';
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

/**
 * Replaces the `value-missing` problems of one file, sheet, region and year by a single `values-missing` warning at
 * the sheet (the file for CSV) when there are two or more of them; a lone blank cell keeps its own warning, which
 * names the cell. Other problems pass through. Pure: the records say which region, item and year a cell belongs to.
 */
export function summariseMissing(problems: readonly Problem[], records: readonly DataRecord[], tr: Translator, blankTwins: readonly DataRecord[] = []): Problem[] {
  const byCell = new Map<string, DataRecord>();
  for (const record of records) byCell.set(formatLocation(record.location), record);
  for (const record of blankTwins) byCell.set(formatLocation(record.location), record);
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
      group = { location: sheet === undefined ? { file } : { file, sheet }, region: record.region, year: record.year, items: [], placeholders: [], cells: [] };
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
    const items = ids.length > SUMMARY_LIST_LIMIT ? tr.t('data.missing.more', { items: shown, count: ids.length }) : shown;
    const typed = [...new Set(group.placeholders)].sort().map((p) => tr.t('data.missing.quoted', { value: p }));
    const placeholders = typed.length ? tr.t('data.missing.placeholders', { count: group.placeholders.length, values: typed.join(tr.t('word.list')) }) : '';
    out.push(makeProblem(tr, 'values-missing', 'warning', group.location, { region: group.region, year: group.year, count: group.cells.length, items, placeholders }));
  }
  return sortProblems(out);
}
