// Carries what people typed into the previous gap list over to the new one, by item + region; nothing typed is dropped.
import type { Translator } from '../../i18n/index.js';
import { cellText, columnOfHeader, HUMAN_KEYS, type CellValue, type ColumnKey } from './columns.js';
import { buildRow, compareOutcomes, rowKey, type GapRow, type RowContext } from './gap-row.js';
import type { PreviousGapList, PreviousRow } from './previous.js';
import { departmentIndex } from '../../util/department-index.js';

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
  const names = (key: 'gaps.sheet.list' | 'gaps.sheet.closed' | 'gaps.sheet.unmatched') => [
    tr.t(key),
    key === 'gaps.sheet.list' ? '整改清单' : key === 'gaps.sheet.closed' ? '已销号' : '未匹配',
  ];
  if (names('gaps.sheet.list').includes(sheet)) return 0;
  if (names('gaps.sheet.closed').includes(sheet)) return 2;
  if (names('gaps.sheet.unmatched').includes(sheet)) return 3;
  return 1;
}

interface Typed {
  human: Partial<Record<ColumnKey, CellValue>>;
  extras: Record<string, CellValue>;
}

function typedCells(
  row: PreviousRow,
  extraHeaders: string[],
  closedWords: ReadonlySet<string>,
  fromClosed: boolean,
): Typed {
  const typed: Typed = { human: {}, extras: {} };
  for (const { header, value } of row.cells) {
    if (cellText(value) === '') continue;
    const key = columnOfHeader(header);
    // On 已销号, qcc itself wrote 已销号: if the item fails again, that word must not come back with the notes.
    if (fromClosed && key === 'progress' && closedWords.has(cellText(value))) continue;
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

/** Whether a row holds anything beyond the defaults qcc wrote (for the count of rows carried over). */
function typedByPerson(typed: Typed, isDefault: (key: ColumnKey, value: CellValue) => boolean): boolean {
  return (
    Object.keys(typed.extras).length > 0 ||
    (Object.entries(typed.human) as [ColumnKey, CellValue][]).some(([k, v]) => !isDefault(k, v))
  );
}

/** A value qcc itself wrote as a default (整改状态 未启动, the list's usual 完成时限): it yields to anything typed. */
type IsDefault = (key: ColumnKey, value: CellValue) => boolean;

/** Lays `next` into `into`; false (and nothing changed) when both say something typed and they differ. */
function absorb(into: Typed, next: Typed, isDefault: IsDefault): boolean {
  const take: [ColumnKey, CellValue][] = [];
  for (const [k, v] of Object.entries(next.human) as [ColumnKey, CellValue][]) {
    const have = into.human[k];
    if (have === undefined || (cellText(have) !== cellText(v) && isDefault(k, have) && !isDefault(k, v)))
      take.push([k, v]);
    else if (cellText(have) !== cellText(v) && !isDefault(k, v)) return false;
  }
  for (const [k, v] of Object.entries(next.extras)) {
    const have = into.extras[k];
    if (have !== undefined && cellText(have) !== cellText(v)) return false;
  }
  for (const [k, v] of take) into.human[k] = v;
  for (const [k, v] of Object.entries(next.extras)) if (into.extras[k] === undefined) into.extras[k] = v;
  return true;
}

/**
 * The department sheets are copies of the main list, so an untouched copy still shows the defaults while the main
 * list has what was typed. The defaults: 未启动, and the 完成时限 most rows of the previous list carry.
 */
function defaultsOf(previous: PreviousGapList, tr: Translator): IsDefault {
  const todo = new Set([tr.t('gaps.progress.todo'), '未启动']);
  const counts = new Map<string, number>();
  for (const row of previous.rows) {
    for (const { header, value } of row.cells) {
      if (columnOfHeader(header) === 'deadline') counts.set(cellText(value), (counts.get(cellText(value)) ?? 0) + 1);
    }
  }
  const usual = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return (key, value) =>
    (key === 'progress' && todo.has(cellText(value))) || (key === 'deadline' && cellText(value) === usual);
}

/** The row as it was, machine columns and all, for the 未匹配 sheet. */
function keptRow(row: PreviousRow, typed: Typed, reason: string): GapRow {
  const cells: GapRow['cells'] = {};
  let origin = `${row.file ? `${row.file} › ` : ''}${row.sheet}!A${row.row}`;
  for (const { header, value } of row.cells) {
    const key = columnOfHeader(header);
    // A row that was already unmatched keeps where it first came from and why.
    if (key === 'origin') origin = cellText(value) || origin;
    else if (key === 'reason') reason = cellText(value) || reason;
    else if (key !== undefined && key !== 'now-status' && key !== 'no') cells[key] = value;
  }
  Object.assign(cells, typed.human);
  return {
    key: rowKey(row.item, row.region),
    veto: false,
    lead: cellText(cells.lead),
    cells,
    extras: { ...typed.extras },
    reason,
    origin,
  };
}

function apply(row: GapRow, typed: Typed): void {
  Object.assign(row.cells, typed.human);
  Object.assign(row.extras, typed.extras);
}

/**
 * Columns qcc fills from the pack (整改建议, 牵头单位, 配合单位) that a person may rewrite: a previous value that
 * differs from what the pack gives now was typed by someone, so it is kept (and a reassigned lead moves the row to
 * that department's sheet). Computed columns (现状值, 状态, 差距 …) are recomputed on every run.
 */
const PACK_KEYS = ['remedy', 'lead', 'support'] as const;
type PackKey = (typeof PACK_KEYS)[number];

function packEdits(rows: readonly PreviousRow[]): Map<string, Partial<Record<PackKey, CellValue[]>>> {
  const edits = new Map<string, Partial<Record<PackKey, CellValue[]>>>();
  for (const row of rows) {
    if (!row.item || !row.region) continue;
    const key = rowKey(row.item, row.region);
    for (const { header, value } of row.cells) {
      const column = columnOfHeader(header);
      if (!(PACK_KEYS as readonly string[]).includes(column ?? '') || cellText(value) === '') continue;
      const entry = edits.get(key) ?? {};
      (entry[column as PackKey] ??= []).push(value);
      edits.set(key, entry);
    }
  }
  return edits;
}

/**
 * A department cell in the names of now: a pack name or an alias becomes the department's current (local) name, so a
 * list written before qcc.yaml departments: (or with the old names) is not taken for a person's reassignment.
 */
type Canonical = (key: PackKey, value: CellValue) => CellValue;

function departmentNames(pack: RowContext['pack'], tr: Translator): Canonical {
  const index = departmentIndex(pack.departments);
  const join = tr.t('gaps.list.join');
  const one = (name: string): string => index.get(name.trim()) ?? name.trim();
  return (key, value) => {
    if (key === 'remedy' || typeof value !== 'string') return value;
    if (key === 'lead') return index.has(value.trim()) ? one(value) : value;
    const names = value.split(/[、,，;；]/).filter((name) => name.trim());
    return names.every((name) => index.has(name.trim())) ? names.map(one).join(join) : value;
  };
}

function applyPackEdits(
  row: GapRow,
  edits: Partial<Record<PackKey, CellValue[]>> | undefined,
  canonical: Canonical,
): void {
  for (const column of PACK_KEYS) {
    const typed = edits?.[column]
      ?.map((value) => canonical(column, value))
      .find((value) => cellText(value) !== cellText(row.cells[column]));
    if (typed === undefined) continue;
    row.cells[column] = typed;
    if (column === 'lead') row.lead = cellText(typed);
  }
}

export function carryOver(rows: GapRow[], previous: PreviousGapList, ctx: RowContext): CarryOver {
  const { tr, report } = ctx;
  const extraHeaders: string[] = [];
  const ordered = previous.rows
    .map((row, index) => ({ row, index, rank: sheetRank(row.sheet, tr) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.row);

  const unmatched: GapRow[] = [];
  const isDefault = defaultsOf(previous, tr);
  const groups = new Map<string, { first: PreviousRow; typed: Typed }>();
  const closedWords = new Set([tr.t('gaps.progress.closed'), '已销号']);
  for (const row of ordered) {
    const typed = typedCells(row, extraHeaders, closedWords, sheetRank(row.sheet, tr) === 2);
    if (!row.item || !row.region) {
      unmatched.push(keptRow(row, typed, tr.t('gaps.unmatched.no-key')));
      continue;
    }
    const key = rowKey(row.item, row.region);
    const group = groups.get(key);
    if (!group) groups.set(key, { first: row, typed });
    else if (!absorb(group.typed, typed, isDefault))
      unmatched.push(keptRow(row, typed, tr.t('gaps.unmatched.duplicate', { sheet: group.first.sheet })));
  }

  const edits = packEdits(ordered);
  const canonical = departmentNames(ctx.pack, tr);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const outcomes = new Map(report.outcomes.map((o) => [rowKey(o.item, o.region), o]));
  const closedOutcomes: { outcome: (typeof report.outcomes)[number]; typed: Typed }[] = [];
  let carried = 0;
  for (const [key, { first, typed }] of groups) {
    const row = byKey.get(key);
    if (row) {
      if (typedByPerson(typed, isDefault)) carried += 1;
      apply(row, typed);
      applyPackEdits(row, edits.get(key), canonical);
      continue;
    }
    const outcome = outcomes.get(key);
    if (outcome) closedOutcomes.push({ outcome, typed });
    else if (report.region && first.region.trim() !== report.region)
      unmatched.push(keptRow(first, typed, tr.t('gaps.unmatched.other-region', { region: report.region })));
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
      applyPackEdits(row, edits.get(row.key), canonical);
      const progress = row.cells.progress;
      if (progress === undefined || isDefault('progress', progress)) row.cells.progress = tr.t('gaps.progress.closed');
      row.nowStatus = cellText(row.cells.status);
      return row;
    });
  return { rows, closed, unmatched, extraHeaders, carried };
}
