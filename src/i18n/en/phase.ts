// English texts of the pack's phases (创建阶段) and their months: keys phase.*.
import type { phase as zh } from '../zh/phase.js';

export const phase: Record<keyof typeof zh, string> = {
  'phase.month': '{month}/{year}',
  'phase.span-in-year': '{from}–{to}/{year}',
  'phase.span': '{from} to {to}',
  'phase.month-relative': 'evaluation year − {years}, month {month}',
  'phase.month-relative-same': 'month {month} of the evaluation year',
  'phase.span-relative-in-year': 'evaluation year − {years}, months {from}–{to}',
  'phase.span-relative-same-in-year': 'months {from}–{to} of the evaluation year',
  'phase.line': '{title} {span}',
};
