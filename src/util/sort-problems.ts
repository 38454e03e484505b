// The one order of problems everywhere: file, sheet, line/row, column, then code, so output is stable.
import type { Problem } from '../model/index.js';

const num = (n: number | undefined): number => n ?? 0;

export function compareProblems(a: Problem, b: Problem): number {
  const x = a.location;
  const y = b.location;
  return (
    x.file.localeCompare(y.file, 'en') ||
    (x.sheet ?? '').localeCompare(y.sheet ?? '', 'en') ||
    num(x.line ?? x.row) - num(y.line ?? y.row) ||
    num(x.column) - num(y.column) ||
    a.code.localeCompare(b.code, 'en') ||
    a.message.localeCompare(b.message, 'en')
  );
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(compareProblems);
}
