// The benchmarks a target compares against, in itself and in its parts (all, any), in order and without repeats.
import type { Benchmark, Target } from '../../model/index.js';

/** Walks the target's shape rather than a per-kind operation, so a new kind made of parts needs no code here. */
function namedIds(target: Target, ids: string[]): void {
  if (target.kind === 'benchmark') {
    if (!ids.includes(target.benchmark)) ids.push(target.benchmark);
    return;
  }
  for (const value of Object.values(target))
    if (Array.isArray(value))
      for (const part of value) if (part && typeof part === 'object' && 'kind' in part) namedIds(part as Target, ids);
}

export function namedBenchmarks(target: Target, benchmarks: readonly Benchmark[]): Benchmark[] {
  const ids: string[] = [];
  namedIds(target, ids);
  const found: Benchmark[] = [];
  for (const id of ids) {
    const b = benchmarks.find((x) => x.id === id);
    if (b) found.push(b);
  }
  return found;
}
