// Carries what people typed into the previous gap list over to the new one, by item + region; nothing typed is dropped.
import type { Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { cellText, columnOfHeader, HUMAN_KEYS, type CellValue, type ColumnKey } from './columns.js';
import { buildRow, compareOutcomes, rowKey, type GapRow, type RowContext } from './gap-row.js';
import type { PreviousGapList, PreviousRow } from './previous.js';

export interface CarryOver {
  rows: GapRow[];
  /** Rows of the previous list whose item and region now pass (or are waived or not applicable). */
  closed: GapRow[];
  /** Rows that match nothing now, or that disagree with another row of the same key: kept as they were. */
  unmatched: GapRow[];
  /** Columns people added, in the order first met. */
  extraHeaders: string[];
  /** Rows of the new list that received something typed. */
  carried: number;
}

/** Where a sheet's rows rank when the same key appears on several sheets: the main list wins. */
function sheetRank(sheet: string, tr: Translator): number {
  const names = (key: 'gaps.sheet.list' | 'gaps.sheet.closed' | 'gaps.sheet.unmatched') => [tr.t(key), key === 'gaps.sheet.list' ? '整改清单' : key === 'gaps.sheet.closed' ? '已销号' : '未匹配'];
  if (names('gaps.sheet.list').includes(sheet)) return 0;
  if (names('gaps.sheet.closed').includes(sheet)) return 2;
  if (names('gaps.sheet.unmatched').includes(sheet)) return 3;
  return 1;
}

interface Typed {
  human: Partial<Record<ColumnKey, CellValue>>;
  extras: Record<string, CellValue>;
}

function typedCells(row: PreviousRow, extraHeaders: string[]): Typed {
  const typed: Typed = { human: {}, extras: {} };
  for (const { header, value } of row.cells) {
    if (cellText(value) === '') continue;
    const key = columnOfHeader(header);
    if (key === undefined) {
      const name = header.trim();
      if (!extraHeaders.includes(name)) extraHeaders.push(name);
      typed.extras[name] = value;
    } else if ((HUMAN_KEYS as readonly string[]).includes(key)) {
      typed.human[key as ColumnKey] = value;
    }
  }
  return typed;
}

function isEmpty(typed: Typed): boolean {
  return Object.keys(typed.human).length === 0 && Object.keys(typed.extras).length === 0;
}

/** Lays `next` into `into` where it is blank; false (and nothing changed) when a cell says something else. */
function absorb(into: Typed, next: Typed): boolean {
  for (const [k, v] of Object.entries(next.human)) {
    const have = into.human[k as ColumnKey];
    if (have !== undefined && cellText(have) !== cellText(v)) return false;
  }
  for (const [k, v] of Object.entries(next.extras)) {
    const have = into.extras[k];
    if (have !== undefined && cellText(have) !== cellText(v)) return false;
  }
  for (const [k, v] of Object.entries(next.human)) if (into.human[k as ColumnKey] === undefined) into.human[k as ColumnKey] = v;
  for (const [k, v] of Object.entries(next.extras)) if (into.extras[k] === undefined) into.extras[k] = v;
  return true;
}

/** The row as it was, machine columns and all, for the 未匹配 sheet. */
function keptRow(row: PreviousRow, typed: Typed, reason: string): GapRow {
  const cells: GapRow['cells'] = {};
  let origin = `${row.sheet}!A${row.row}`;
  for (const { header, value } of row.cells) {
    const key = columnOfHeader(header);
    if (key === 'origin') origin = cellText(value) || origin;
    else if (key !== undefined && key !== 'reason' && key !== 'now-status' && key !== 'no') cells[key] = value;
  }
  Object.assign(cells, typed.human);
  return { key: rowKey(row.item, row.region), veto: false, lead: cellText(cells.lead), cells, extras: { ...typed.extras }, reason, origin };
}

function apply(row: GapRow, typed: Typed): void {
  Object.assign(row.cells, typed.human);
  Object.assign(row.extras, typed.extras);
}

export function carryOver(rows: GapRow[], previous: PreviousGapList, ctx: RowContext): CarryOver {
  const { tr, report } = ctx;
  const extraHeaders: string[] = [];
  const ordered = previous.rows
    .map((row, index) => ({ row, index, rank: sheetRank(row.sheet, tr) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.row);

  const unmatched: GapRow[] = [];
  const groups = new Map<string, { first: PreviousRow; typed: Typed }>();
  for (const row of ordered) {
    const typed = typedCells(row, extraHeaders);
    if (!row.item || !row.region) {
      unmatched.push(keptRow(row, typed, tr.t('gaps.unmatched.no-key')));
      continue;
    }
    const key = rowKey(row.item, row.region);
    const group = groups.get(key);
    if (!group) groups.set(key, { first: row, typed });
    else if (!absorb(group.typed, typed)) unmatched.push(keptRow(row, typed, tr.t('gaps.unmatched.duplicate', { sheet: group.first.sheet })));
  }

  const byKey = new Map(rows.map((r) => [r.key, r]));
  const outcomes = new Map(report.outcomes.map((o) => [rowKey(o.item, o.region), o]));
  const closedOutcomes: { outcome: (typeof report.outcomes)[number]; typed: Typed }[] = [];
  let carried = 0;
  for (const [key, { first, typed }] of groups) {
    const row = byKey.get(key);
    if (row) {
      if (!isEmpty(typed)) carried += 1;
      apply(row, typed);
      continue;
    }
    const outcome = outcomes.get(key);
    if (outcome) closedOutcomes.push({ outcome, typed });
    else unmatched.push(keptRow(first, typed, tr.t('gaps.unmatched.unknown-key')));
  }

  const order = compareOutcomes(report);
  const closed = closedOutcomes
    .sort((a, b) => order(a.outcome, b.outcome))
    .map(({ outcome, typed }) => {
      const row = buildRow(outcome, ctx);
      // Closed rows keep what was typed; the new list's defaults do not apply to them.
      delete row.cells.progress;
      delete row.cells.deadline;
      apply(row, typed);
      if (row.cells.progress === undefined) row.cells.progress = tr.t('gaps.progress.closed');
      row.nowStatus = cellText(row.cells.status);
      return row;
    });
  return { rows, closed, unmatched, extraHeaders, carried };
}
