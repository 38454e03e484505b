// A target in words ("≥ 98%", "近 3 年逐年不下降"), in the user's language; used by reports, rules and the engine.
import type { Benchmark, Target } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { targetModule } from './index.js';

export function describeTarget(
  target: Target,
  unit: string | undefined,
  tr: Translator,
  benchmarks: readonly Benchmark[] = [],
): string {
  const part = (t: Target): string => describeTarget(t, unit, tr, benchmarks);
  return targetModule(target.kind).describe(target, { unit, tr, benchmarks, part });
}
