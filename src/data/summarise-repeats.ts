// Problems of one kind in one file past the first thousand are said once, with their count: a file of 300 000 bad
// rows gets a readable answer (and one that fits in memory in every format), not 300 000 lines nobody reads.
import type { Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';

/** How many problems of one code one file lists one by one. */
export const REPEAT_LIMIT = 1000;

/** Codes summarised their own way, per region and year (summarise-missing), which needs every one of them. */
const SUMMARISED_ELSEWHERE: ReadonlySet<string> = new Set(['value-missing', 'benchmark-value-missing']);

/** The first REPEAT_LIMIT problems of each file, code and severity, then one that stands for the rest (`repeats`). */
export function summariseRepeats(problems: readonly Problem[], tr: Translator): Problem[] {
  const counts = new Map<string, number>();
  for (const p of problems) {
    if (SUMMARISED_ELSEWHERE.has(p.code)) continue;
    const key = keyOf(p);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (![...counts.values()].some((n) => n > REPEAT_LIMIT)) return [...problems];
  const listed = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    if (SUMMARISED_ELSEWHERE.has(p.code)) {
      out.push(p);
      continue;
    }
    const key = keyOf(p);
    const n = (listed.get(key) ?? 0) + 1;
    listed.set(key, n);
    if (n <= REPEAT_LIMIT) out.push(p);
    else if (n === REPEAT_LIMIT + 1) {
      const rest = (counts.get(key) ?? n) - REPEAT_LIMIT;
      const file = p.location.file;
      const summary = makeProblem(
        tr,
        'problems-repeated',
        p.severity,
        { file },
        {
          file,
          code: p.code,
          count: rest,
          limit: REPEAT_LIMIT,
        },
      );
      summary.repeats = rest;
      out.push(summary);
    }
  }
  return out;
}

function keyOf(p: Problem): string {
  return `${p.location.file}\u0000${p.code}\u0000${p.severity}`;
}
