// One row of a gap-list sheet, and how rows are built from outcomes and ordered.
import type { Outcome, Pack, Profile, Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { isDecimal } from '../../util/decimal.js';
import { unitSuffix } from '../../util/unit-suffix.js';
import { neutraliseCell } from '../utils/neutralise-cell.js';
import type { CellValue, ColumnKey } from './columns.js';
import { compareItemIds } from '../../util/item-ids.js';
import { isNotMet } from '../../util/statuses.js';
import { statusLabel } from '../utils/status.js';

export interface GapRow {
  /** item + region: how a row is found again in the next list. */
  key: string;
  veto: boolean;
  lead: string;
  cells: Partial<Record<ColumnKey, CellValue>>;
  /** Columns a person added, by header text as typed. */
  extras: Record<string, CellValue>;
  /** 已销号: the status now, in words. */
  nowStatus?: string;
  /** 未匹配: why, and where the row was. */
  reason?: string;
  origin?: string;
}

export function rowKey(item: string, region: string): string {
  return `${item.trim()}\u0000${region.trim()}`;
}

/**
 * The default 完成时限: the profile's deadline, else the last day of the evaluation year (where the built-in pack's
 * 整改提升阶段 ends too). Not taken from a phase: a pack need not have one, and a 2024 check needs a 2024 date.
 */
export function defaultDeadline(profile: Profile, evaluationYear: number): Date | undefined {
  const text = profile.deadline ?? `${evaluationYear}-12-31`;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const [year, month] = [Number(m[1]), Number(m[2])];
  // Day 0 of the next month is the last day of this one.
  return m[3] ? new Date(Date.UTC(year, month - 1, Number(m[3]))) : new Date(Date.UTC(year, month, 0));
}

export interface RowContext {
  report: Report;
  pack: Pack;
  profile: Profile;
  tr: Translator;
  deadline?: Date;
}

function priority(outcome: Outcome, total: number, tr: Translator): string {
  // A county's blank cell of a city-judged veto item is a missing county row, not a veto at stake: medium.
  const vetoAtStake = outcome.veto && !(outcome.pointsCarriedBy !== undefined && outcome.status !== 'fail');
  if (outcome.veto && !vetoAtStake) return tr.t('gaps.priority.medium');
  if (vetoAtStake || outcome.uplift >= total * 0.03) return tr.t('gaps.priority.high');
  return tr.t(outcome.uplift > 0 ? 'gaps.priority.medium' : 'gaps.priority.low');
}

/** An item worth no points of its own (not a county row of a city-scored item, which shows its 0). */
function unscored(outcome: Outcome): boolean {
  return (outcome.itemPoints ?? outcome.points) === 0 && outcome.pointsCarriedBy === undefined;
}

/** What the data said, with the year; data text is neutralised, plain numbers are left as they are. */
function valueText(outcome: Outcome, tr: Translator): string {
  if (outcome.value === undefined || outcome.value === '') return tr.t('gaps.value.none', { year: outcome.year });
  const value = isDecimal(outcome.value)
    ? `${outcome.value}${unitSuffix(outcome.unit)}`
    : neutraliseCell(outcome.value);
  return tr.t('gaps.value.with-year', { value, year: outcome.year });
}

/** The gap in words; for missing and invalid data, why, after it. */
function gapText(outcome: Outcome, tr: Translator): string {
  const gap = outcome.gap?.text ?? '';
  // The reason is added only when it says more than the gap (a missing value's gap often holds its reason).
  const reason =
    (outcome.status === 'missing' || outcome.status === 'invalid') && outcome.reason && !gap.includes(outcome.reason)
      ? outcome.reason
      : undefined;
  return neutraliseCell(reason ? tr.t('gaps.gap.with-reason', { gap, reason }) : gap);
}

/**
 * What to do: the pack's remedy for a requirement not met; for missing or unreadable data, to report it; for a target
 * the city has not set, to set it. The pack's
 * remedy of a veto item (查明事件责任，依法追责…) on a blank cell would read as if an incident had happened.
 */
function remedyText(outcome: Outcome, remedy: string | undefined, tr: Translator): string {
  // A target the city has not set: reporting the figure again changes nothing, setting the target does.
  if (outcome.status === 'missing' && outcome.target.kind === 'unset')
    return tr.t('gaps.remedy.unset', { item: outcome.item });
  if (outcome.status === 'missing' && outcome.missingBenchmarks?.length)
    return tr.t('gaps.remedy.benchmark', {
      year: outcome.year,
      benchmark: outcome.missingBenchmarks.join(tr.t('word.list')),
    });
  if (outcome.status === 'missing') return tr.t('gaps.remedy.missing', { year: outcome.year, region: outcome.region });
  if (outcome.status === 'invalid') return tr.t('gaps.remedy.invalid', { year: outcome.year, region: outcome.region });
  return remedy ?? '';
}

/** A row for one outcome, with the default deadline and progress; what people typed is laid over it later. */
export function buildRow(outcome: Outcome, ctx: RowContext): GapRow {
  const { report, pack, tr } = ctx;
  const area = report.areas.find((a) => a.id === outcome.area) ?? pack.areas.find((a) => a.id === outcome.area);
  // A report made with another version of the pack may number items differently: the remedy must be this item's.
  const item = pack.items.find((i) => i.id === outcome.item && i.title === outcome.title);
  const cells: GapRow['cells'] = {
    area: area ? tr.t('report.area', { id: area.id, title: area.title }) : outcome.area,
    item: outcome.item,
    title: outcome.title,
    region: outcome.region,
    type: tr.t(outcome.veto ? 'gaps.type.veto' : 'gaps.type.scored'),
    target: outcome.target.text,
    value: valueText(outcome, tr),
    status: statusLabel(tr, outcome.status),
    gap: isNotMet(outcome.status) ? gapText(outcome, tr) : '',
    // Shown to two decimals (a third of a point is 0.33); the order uses the exact value. An item worth no points
    // (the veto, a target the city has not set, a reference indicator) says so, as the check table does, rather than
    // 0, which reads as "fixing it earns nothing".
    uplift: unscored(outcome)
      ? tr.t(outcome.veto ? 'report.points.veto' : 'report.points.unscored')
      : Number(outcome.uplift.toFixed(2)),
    priority: isNotMet(outcome.status) ? priority(outcome, pack.scoring.total, tr) : '',
    lead: outcome.lead,
    support: outcome.support.join(tr.t('gaps.list.join')),
    remedy: remedyText(outcome, item?.remedy, tr),
    progress: tr.t('gaps.progress.todo'),
  };
  if (ctx.deadline) cells.deadline = ctx.deadline;
  return { key: rowKey(outcome.item, outcome.region), veto: outcome.veto, lead: outcome.lead, cells, extras: {} };
}

/** Regions in the profile's order: the city, then its districts, then any other by code point. */
export function regionOrder(report: Report): (a: string, b: string) => number {
  const order = [report.profile.city, ...report.profile.districts];
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Veto items first, then by uplift (highest first), then item id, then region. */
export function compareOutcomes(report: Report): (a: Outcome, b: Outcome) => number {
  const regions = regionOrder(report);
  return (a, b) =>
    Number(b.veto) - Number(a.veto) ||
    b.uplift - a.uplift ||
    compareItemIds(a.item, b.item) ||
    regions(a.region, b.region);
}

/** The outcomes not met, as rows, in the list's order. */
export function buildRows(ctx: RowContext): GapRow[] {
  return ctx.report.outcomes
    .filter((o) => isNotMet(o.status))
    .sort(compareOutcomes(ctx.report))
    .map((o) => buildRow(o, ctx));
}
