// The one order of outcomes: item id by its numeric parts (6.3.2 before 6.3.10), then region (city, districts in profile order).
import type { Outcome } from '../model/index.js';

export function compareItemIds(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const p = x[i] ?? '';
    const q = y[i] ?? '';
    const diff = (Number(p) || 0) - (Number(q) || 0);
    if (diff) return diff;
    if (p !== q) return p.localeCompare(q, 'en');
  }
  return 0;
}

export function sortOutcomes(outcomes: readonly Outcome[], regionRank: (region: string) => number): Outcome[] {
  return [...outcomes].sort(
    (a, b) => compareItemIds(a.item, b.item) || regionRank(a.region) - regionRank(b.region) || a.region.localeCompare(b.region, 'zh') || a.year - b.year,
  );
}
