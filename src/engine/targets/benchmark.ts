// Target kind `benchmark` ({ op: "<", benchmark: id }): the value against the benchmark of the same year.
import { absDecimal, compareDecimal, subtractDecimal } from '../../util/decimal.js';
import { holds } from '../compare-gap.js';
import { distanceUnit, unitSuffix } from '../units.js';
import { readNumber, resultWord } from './read-value.js';
import type { CompareOp } from '../../model/index.js';
import { OP_SCHEMA } from './compare.js';
import type { TargetEvaluator, TargetModule, TargetResult } from './types.js';

export const evaluateBenchmark: TargetEvaluator<'benchmark'> = (target, ctx) => {
  const { tr, year } = ctx;
  const read = readNumber(ctx, year);
  if (!read.ok) return read.result;
  const bench = ctx.benchmark(target.benchmark, year);
  const steps = read.step ? [read.step] : [];
  if (!bench) {
    const title = ctx.benchmarks.find((b) => b.id === target.benchmark)?.title ?? target.benchmark;
    const text = tr.t('gap.benchmark-missing', { year, benchmark: title });
    steps.push(tr.t('step.benchmark-missing', { year, benchmark: title }));
    return {
      status: 'missing',
      value: read.value,
      gap: { text },
      reason: text,
      steps,
      records: [read.ref],
      missingBenchmarks: [title],
    };
  }
  const unit = unitSuffix(ctx.unit ?? bench.unit);
  steps.push(
    tr.t('step.benchmark-value', { year, benchmark: bench.title, value: bench.value, unit, source: bench.source }),
  );
  const ok = holds(read.value, target.op, bench.value);
  steps.push(
    tr.t('step.compare', {
      value: read.value,
      op: tr.t(`target.op.${target.op}`),
      target: bench.value,
      unit,
      result: resultWord(ctx, ok),
    }),
  );
  const records = bench.ref ? [read.ref, bench.ref] : [read.ref];
  const result: TargetResult = { status: ok ? 'pass' : 'fail', value: read.value, steps, records };
  if (!ok) {
    const c = compareDecimal(read.value, bench.value);
    const amount = absDecimal(subtractDecimal(read.value, bench.value));
    const key = c > 0 ? 'gap.benchmark.above' : c < 0 ? 'gap.benchmark.below' : 'gap.benchmark.equal';
    result.gap = {
      text: tr.t(key, { benchmark: bench.title, amount, unit: distanceUnit(ctx.unit ?? bench.unit, tr) }),
      amount,
    };
  }
  return result;
};

export const benchmarkTarget: TargetModule<'benchmark'> = {
  yaml: {
    marker: 'benchmark',
    required: ['benchmark', 'op'],
    keys: ['benchmark', 'op'],
    example: 'target.example.benchmark',
  },
  schema: { op: OP_SCHEMA, benchmark: { type: 'string' } },
  measures: ['rate', 'count', 'amount', 'index'],
  read: (t) =>
    typeof t.benchmark === 'string' && typeof t.op === 'string'
      ? { kind: 'benchmark', op: t.op as CompareOp, benchmark: t.benchmark }
      : undefined,
  evaluate: evaluateBenchmark,
  describe: (target, { tr, benchmarks }) => {
    const title = benchmarks.find((b) => b.id === target.benchmark)?.title ?? target.benchmark;
    return tr.t('target.benchmark', { op: tr.t(`target.op.${target.op}`), benchmark: title });
  },
  json: (target) => ({ op: target.op, benchmark: target.benchmark }),
  years: () => 1,
  grades: () => [],
};
