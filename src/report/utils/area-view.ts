// Groups a report for reading: per area, one row per item (the city's outcome, or the districts summed up),
// and a district × item matrix for the items evaluated per district. Used by the table and markdown formats.
import type { AreaScore, Outcome, Report, Status } from '../../model/index.js';
import { orderOutcomes, regionOrder, reportAreas } from './order-outcomes.js';
import { mostUrgent } from './status.js';

export interface ItemRow {
  item: string;
  title: string;
  veto: boolean;
  /** The city's own outcome, when the item is evaluated on the city. */
  city?: Outcome;
  /** The item's outcomes for regions other than the city. */
  districts: Outcome[];
  /** The row's status: the city's, or the most urgent among the districts. */
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
