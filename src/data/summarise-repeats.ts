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

/**
 * A file's problems as they are found, limited the same way while the file is read: past REPEAT_LIMIT of one code a
 * problem is counted, not kept, so a million bad rows hold a thousand problems in memory, not a million (records and
 * problems of a million rows together would pass 500 MB). `finish` adds the summaries once the file is read.
 */
export function limitedProblems(tr: Translator): { problems: Problem[]; finish(): void } {
  const problems: Problem[] = [];
  const counts = new Map<string, { n: number; first: Problem }>();
  const keep = Array.prototype.push.bind(problems) as (p: Problem) => number;
  // The readers push into a plain array (GridContext.problems); its push is the one place every problem passes.
  Object.defineProperty(problems, 'push', {
    value: (...items: Problem[]): number => {
      for (const p of items) {
        if (SUMMARISED_ELSEWHERE.has(p.code)) {
          keep(p);
          continue;
        }
        const key = keyOf(p);
        const seen = counts.get(key);
        if (!seen) counts.set(key, { n: 1, first: p });
        else seen.n += 1;
        if ((seen?.n ?? 1) <= REPEAT_LIMIT) keep(p);
      }
      return problems.length;
    },
  });
  const finish = (): void => {
    for (const { n, first } of counts.values()) {
      if (n <= REPEAT_LIMIT) continue;
      const rest = n - REPEAT_LIMIT;
      const file = first.location.file;
      const summary = makeProblem(
        tr,
        'problems-repeated',
        first.severity,
        { file },
        {
          file,
          code: first.code,
          count: rest,
          limit: REPEAT_LIMIT,
        },
      );
      summary.repeats = rest;
      keep(summary);
    }
    counts.clear();
  };
  return { problems, finish };
}

function keyOf(p: Problem): string {
  return `${p.location.file}\u0000${p.code}\u0000${p.severity}`;
}
