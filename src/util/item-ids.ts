// The one order of item ids everywhere: part by part, numbers as numbers (6.3.2 before 6.3.10 before 6.10.1).

export function compareItemIds(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const p = x[i];
    const q = y[i];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    const numeric = /^\d+$/.test(p) && /^\d+$/.test(q);
    const diff = numeric ? Number(p) - Number(q) : p.localeCompare(q, 'en');
    if (diff) return diff;
  }
  return 0;
}
