// The one order of problems everywhere: file, sheet, line/row, column, then code, so output is stable.
import type { Problem } from '../model/index.js';

const num = (n: number | undefined): number => n ?? 0;

// One collator for every comparison: localeCompare(…, 'en') builds one per call, the order is the same.
const collator = new Intl.Collator('en');
const text = (a: string, b: string): number => (a === b ? 0 : collator.compare(a, b));

export function compareProblems(a: Problem, b: Problem): number {
  const x = a.location;
  const y = b.location;
  return (
    text(x.file, y.file) ||
    text(x.sheet ?? '', y.sheet ?? '') ||
    num(x.line ?? x.row) - num(y.line ?? y.row) ||
    num(x.column) - num(y.column) ||
    text(a.code, b.code) ||
    text(a.message, b.message)
  );
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(compareProblems);
}
