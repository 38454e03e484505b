// A phase's months in words: "2020年9月—12月" once fixed, "考核年度9月" while still counted from the year.
import type { Phase, PhaseMonth, ResolvedPhase } from '../model/index.js';
import type { Translator } from '../i18n/index.js';

const parts = (month: string): { year: number; month: number } => ({
  year: Number(month.slice(0, 4)),
  month: Number(month.slice(5, 7)),
});

function monthText(month: PhaseMonth, tr: Translator): string {
  if (typeof month === 'string') return tr.t('phase.month', parts(month));
  return month.yearsBefore
    ? tr.t('phase.month-relative', { years: month.yearsBefore, month: month.month })
    : tr.t('phase.month-relative-same', { month: month.month });
}

/** The span of a phase; the year is said once when both months fall in it, a single month once. */
export function phaseSpan(phase: Phase | ResolvedPhase, tr: Translator): string {
  const { from, to } = phase;
  if (typeof from === 'string' && typeof to === 'string') {
    const a = parts(from);
    const b = parts(to);
    if (from.slice(0, 7) === to.slice(0, 7)) return monthText(from, tr);
    if (a.year === b.year) return tr.t('phase.span-in-year', { year: a.year, from: a.month, to: b.month });
  }
  if (typeof from !== 'string' && typeof to !== 'string' && from.yearsBefore === to.yearsBefore) {
    if (from.month === to.month) return monthText(from, tr);
    return from.yearsBefore
      ? tr.t('phase.span-relative-in-year', { years: from.yearsBefore, from: from.month, to: to.month })
      : tr.t('phase.span-relative-same-in-year', { from: from.month, to: to.month });
  }
  const start = monthText(from, tr);
  const end = monthText(to, tr);
  return start === end ? start : tr.t('phase.span', { from: start, to: end });
}

/** "整改提升阶段 2020年9月—12月": one line per phase. */
export function phaseLines(phases: readonly (Phase | ResolvedPhase)[], tr: Translator): string[] {
  return phases.map((phase) => tr.t('phase.line', { title: phase.title, span: phaseSpan(phase, tr) }));
}
