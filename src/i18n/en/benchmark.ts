// English texts about benchmarks (基准值): their level, source and the years the pack gives; keys benchmark.*.
import type { benchmark as zh } from '../zh/benchmark.js';

export const benchmark: Record<keyof typeof zh, string> = {
  'benchmark.level.national': 'national figure',
  'benchmark.level.provincial':
    "provincial figure (the province's annual target for this city, or a figure it publishes)",
  'benchmark.head': '"{title}", {level}',
  'benchmark.value': '{year}: {value}',
  'benchmark.no-values': 'no values in the pack: enter them in the 基准值 sheet',
  'benchmark.template-provincial':
    "The province's annual target for this city (or a figure the province publishes): " +
    "enter it from the province's document. {source}",
} as const;
