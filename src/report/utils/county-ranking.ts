// The districts compared (县区排名): 达标率 over their evaluated items, the items missed, a shared rank on ties.
import type { Report } from '../../model/index.js';

export interface RankingEntry {
  region: string;
  /** Items evaluated for the district: pass, fail, missing or invalid (not-applicable and waived say nothing). */
  evaluated: number;
  met: number;
  /** met / evaluated, rounded to 4 decimals; 0 when nothing was evaluated. */
  rate: number;
  /** The items not met, in report order. */
  missed: string[];
  /** 1-based; equal rates share a rank (1, 1, 3). */
  rank: number;
}

const COUNTED = new Set(['pass', 'fail', 'missing', 'invalid']);

/** Districts with at least one evaluated item, best rate first; ties in the profile's district order. */
export function countyRanking(report: Report): RankingEntry[] {
  const order = report.profile.districts;
  const entries = order.map((region) => {
    const counted = report.outcomes.filter((o) => o.region === region && COUNTED.has(o.status));
    const missed = counted.filter((o) => o.status !== 'pass').map((o) => o.item);
    const met = counted.length - missed.length;
    const rate = counted.length ? Math.round((met / counted.length) * 10000) / 10000 : 0;
    return { region, evaluated: counted.length, met, rate, missed, rank: 0 };
  });
  const ranked = entries
    .filter((e) => e.evaluated > 0)
    .sort((a, b) => b.rate - a.rate || order.indexOf(a.region) - order.indexOf(b.region));
  ranked.forEach((e, i) => {
    const previous = ranked[i - 1];
    e.rank = previous && previous.rate === e.rate ? previous.rank : i + 1;
  });
  return ranked;
}

/** 达标率 as a percentage with one decimal: 0.8333 → "83.3%". */
export function rateText(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** The ranking's columns in every format, in order: rank, district, 达标率, met/evaluated, items missed. */
export const RANKING_HEAD = [
  'report.col.rank',
  'report.col.region',
  'report.col.rate',
  'report.col.met',
  'report.col.missed',
] as const;

/** One district's cells under RANKING_HEAD, so the table, markdown and html formats say the same. */
export function rankingCells(e: RankingEntry): string[] {
  return [String(e.rank), e.region, rateText(e.rate), `${e.met}/${e.evaluated}`, e.missed.join(' ')];
}
