// Groups a report for reading: per area, one row per item (the city's outcome, or the districts summed up),
// and a district × item matrix for the items evaluated per district. Used by the table and markdown formats.
import { formatPoints } from './format-number.js';
import type { AreaScore, Outcome, Report, Status } from '../../model/index.js';
import { orderOutcomes, regionOrder, reportAreas } from './order-outcomes.js';
import type { Translator } from '../../i18n/index.js';
import { mostUrgent } from './status.js';

export interface ItemRow {
  item: string;
  title: string;
  veto: boolean;
  /** The city's own outcome, when the item is evaluated on the city. */
  city?: Outcome;
  /** The item's outcomes for regions other than the city. */
  districts: Outcome[];
  /**
   * The row's status: the city's where its figure carries the item (city and all items; county figures of an
   * all item are counted beside it), else the most urgent among the districts' (each earns its share).
   */
  status: Status;
  points: number;
  earned: number;
}

export interface AreaView {
  area: AreaScore;
  rows: ItemRow[];
  /** Items with district outcomes, for the matrix. */
  matrix: ItemRow[];
}

export interface ReportView {
  areas: AreaView[];
  /** Matrix columns: the regions other than the city that have outcomes, in profile order. */
  districts: string[];
}

export function viewReport(report: Report): ReportView {
  const ordered = orderOutcomes(report);
  const city = report.profile.city;
  const areas = reportAreas(report).map((area): AreaView => {
    const rows: ItemRow[] = [];
    for (const o of ordered.filter((x) => x.area === area.id)) {
      let row = rows.find((r) => r.item === o.item);
      if (!row) {
        row = { item: o.item, title: o.title, veto: o.veto, districts: [], status: 'pass', points: 0, earned: 0 };
        rows.push(row);
      }
      if (o.region === city) row.city = o;
      else row.districts.push(o);
      row.points += o.points;
      row.earned += o.earned;
    }
    // Shares are rounded one by one (7 × 0.14 = 0.98); a row with every region's outcome shows the item's own points.
    for (const row of rows) {
      const all = [...(row.city ? [row.city] : []), ...row.districts];
      const first = all[0];
      if (first?.itemPoints !== undefined && first.regions === all.length) {
        const earning = all.filter((o) => o.earned > 0).length;
        row.points = first.itemPoints;
        row.earned = Math.round((first.itemPoints * earning * 100) / all.length) / 100;
      }
    }
    for (const row of rows) row.status = row.city ? row.city.status : mostUrgent(row.districts.map((d) => d.status));
    return { area, rows, matrix: rows.filter((r) => r.districts.length > 0) };
  });
  return { areas, districts: regionOrder(report).filter((r) => r !== city) };
}

/** The outcome's value with its unit, as a person reads it ("94.5%", "2.8‰", "是"). */
export function valueText(outcome: Outcome): string {
  if (outcome.value === undefined || outcome.value === '') return '';
  const unit = outcome.unit ?? '';
  return /^[%‰]$/.test(unit) ? `${outcome.value}${unit}` : unit ? `${outcome.value} ${unit}` : outcome.value;
}

/**
 * A district matrix cell's value. A figure that meets the target but failed for want of evidence says so
 * ("是（缺佐证）"), or a bare ✗ 是 would read as a contradiction.
 */
export function matrixValueText(outcome: Outcome, tr: Translator): string {
  const value = valueText(outcome);
  const shortfall = outcome.evidence?.shortfall;
  return shortfall ? tr.t(`report.matrix.evidence-${shortfall}`, { value }) : value;
}

/** The districts where the item is not met ("未达标地区：柯城区、衢江区"), or '' when there are none. */
export function districtShortfallText(row: ItemRow, tr: Translator): string {
  // A county that has not reported is not one that failed: an official acts differently on each.
  const join = (statuses: readonly string[]): string =>
    row.districts
      .filter((d) => statuses.includes(d.status))
      .map((d) => d.region)
      .join(tr.t('report.districts.join'));
  const failed = join(['fail']);
  const missing = join(['missing']);
  const invalid = join(['invalid']);
  return [
    failed ? tr.t('report.districts.shortfall', { regions: failed }) : '',
    missing ? tr.t('report.districts.no-data', { regions: missing }) : '',
    invalid ? tr.t('report.districts.invalid', { regions: invalid }) : '',
  ]
    .filter(Boolean)
    .join(tr.t('report.list.join'));
}

/** For an item judged on the city's figure, how its counties stand ("县级达标 5/6"); '' for other rows. */
export function countyCountText(row: ItemRow, tr: Translator): string {
  if (!row.city || !row.districts.length) return '';
  return tr.t('report.districts.counted', {
    pass: row.districts.filter((d) => d.status === 'pass').length,
    count: row.districts.length,
  });
}

/** The gap cell of an item row: the city's own gap, then how the counties stand and which fall short. */
export function rowGapText(row: ItemRow, cityGap: (o: Outcome) => string, tr: Translator): string {
  return [row.city ? cityGap(row.city) : '', countyCountText(row, tr), districtShortfallText(row, tr)]
    .filter(Boolean)
    .join(tr.t('report.list.join'));
}

/** The value cell of an item row: the city's value, or for a district item how many districts meet it. */
export function rowValueText(row: ItemRow, tr: Translator): string {
  if (row.city) return valueText(row.city);
  const pass = row.districts.filter((d) => d.status === 'pass').length;
  return tr.t('report.districts.summary', { pass, count: row.districts.length });
}

/** The points cell of an item row: earned/points, 否决项 or 不计分 for an item worth none, - when not applicable. */
export function rowPointsText(row: ItemRow, tr: Translator): string {
  if (row.status === 'not-applicable') return '-';
  if (row.points === 0) return tr.t(row.veto ? 'report.points.veto' : 'report.points.unscored');
  return `${formatPoints(row.earned)}/${formatPoints(row.points)}`;
}
