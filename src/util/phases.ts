// The pack's phases as fixed months: the profile's own months where it sets them, else counted from the year.
import type { Phase, PhaseMonth, Profile, ResolvedPhase } from '../model/index.js';

/** "2020-09" for a month counted from the evaluation year; a fixed month is kept as written, a day cut to its month. */
export function resolveMonth(month: PhaseMonth, year: number): string {
  if (typeof month === 'string') return month.slice(0, 7);
  return `${year - month.yearsBefore}-${String(month.month).padStart(2, '0')}`;
}

/** Every phase as fixed months for the evaluation year; qcc.yaml phases: wins, as a city's own timeline must. */
export function resolvePhases(phases: readonly Phase[], fixed: Profile['phases'], year: number): ResolvedPhase[] {
  return phases.map((phase) => {
    const own = fixed?.[phase.id];
    return {
      id: phase.id,
      title: phase.title,
      from: own?.from ?? resolveMonth(phase.from, year),
      to: own?.to ?? resolveMonth(phase.to, year),
      ...(phase.note !== undefined ? { note: phase.note } : {}),
    };
  });
}
