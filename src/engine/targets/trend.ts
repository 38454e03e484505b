// Target kind `trend` ({ trend: non-decreasing, years: 3 }): the last N years up to the evaluation year, year on year.
import { append } from '../../util/append.js';
import { quoteValue } from '../../wording/quote-value.js';
import type { RecordRef, TrendKind } from '../../model/index.js';
import { absDecimal, compareDecimal, subtractDecimal } from '../../util/decimal.js';
import { distanceUnit, unitSuffix } from '../units.js';
import { readNumber, resultWord } from './read-value.js';
import type { TargetEvaluator, TargetModule, TargetResult } from './types.js';

/** Whether one step from a to b is allowed, by the sign of b − a. */
const ALLOWED: Record<TrendKind, (sign: -1 | 0 | 1) => boolean> = {
  'non-decreasing': (s) => s >= 0,
  rising: (s) => s > 0,
  'non-increasing': (s) => s <= 0,
  falling: (s) => s < 0,
};

export const evaluateTrend: TargetEvaluator<'trend'> = (target, ctx) => {
  const { tr } = ctx;
  const years = Array.from({ length: Math.max(target.years, 1) }, (_, i) => ctx.year - target.years + 1 + i);
  const values: string[] = [];
  const records: RecordRef[] = [];
  const missingYears: number[] = [];
  let invalid: TargetResult | undefined;
  for (const year of years) {
    const read = readNumber(ctx, year);
    if (read.ok) {
      values.push(read.value);
      records.push(read.ref);
    } else {
      append(records, read.result.records);
      if (read.result.status === 'invalid') invalid ??= read.result;
      else missingYears.push(year);
    }
  }
  const unit = unitSuffix(ctx.unit);
  const current = ctx.record(ctx.year);
  const value = current?.value.type === 'number' ? current.value.value : undefined;
  if (invalid) return { ...invalid, records, ...(value !== undefined ? { value } : {}) };
  if (missingYears.length) {
    const text = tr.t('gap.trend-missing', { years: missingYears.join(tr.t('word.list')) });
    const series = years
      .map((y) => tr.t('step.trend-point', { year: y, value: quoteValue(ctx.record(y)?.raw || '—') }))
      .join(tr.t('word.comma'));
    return {
      status: 'missing',
      gap: { text },
      reason: text,
      steps: [tr.t('step.trend-series', { years: target.years, series })],
      records,
      ...(value !== undefined ? { value } : {}),
    };
  }

  const steps = [
    tr.t('step.trend-series', {
      years: target.years,
      series: years
        .map((y, i) => tr.t('step.trend-point', { year: y, value: `${values[i]}${unit}` }))
        .join(tr.t('word.comma')),
    }),
  ];
  const bad: { text: string; amount: string }[] = [];
  for (let i = 1; i < years.length; i += 1) {
    const a = values[i - 1] as string;
    const b = values[i] as string;
    const sign = compareDecimal(b, a);
    const change = absDecimal(subtractDecimal(b, a));
    const ok = ALLOWED[target.trend](sign);
    const changeText =
      sign > 0
        ? tr.t('step.trend.up', { amount: change })
        : sign < 0
          ? tr.t('step.trend.down', { amount: change })
          : tr.t('step.trend.flat');
    const from = years[i - 1] as number;
    const to = years[i] as number;
    steps.push(tr.t('step.trend-pair', { from, to, a, b, change: changeText, result: resultWord(ctx, ok) }));
    if (!ok) {
      const params = { from, to, amount: change, unit: distanceUnit(ctx.unit, tr) };
      const key = sign > 0 ? 'gap.trend.rose' : sign < 0 ? 'gap.trend.fell' : 'gap.trend.flat';
      bad.push({ text: tr.t(key, params), amount: change });
    }
  }
  const result: TargetResult = {
    status: bad.length ? 'fail' : 'pass',
    value: values[values.length - 1] as string,
    steps,
    records,
  };
  if (bad.length) {
    // The amount is the largest wrong-way step: what the worst year has to recover.
    const amount = bad.map((b) => b.amount).reduce((m, x) => (compareDecimal(x, m) > 0 ? x : m));
    result.gap = { text: bad.map((b) => b.text).join(tr.t('word.semicolon')), amount };
  }
  return result;
};

export const trendTarget: TargetModule<'trend'> = {
  yaml: { marker: 'trend', required: ['trend'], keys: ['trend', 'years'], example: 'target.example.trend' },
  schema: {
    trend: { enum: ['non-decreasing', 'rising', 'non-increasing', 'falling'] },
    years: { type: 'integer', minimum: 2 },
  },
  measures: ['rate', 'count', 'amount', 'index', 'rank'],
  read: (t) =>
    typeof t.trend === 'string'
      ? { kind: 'trend', trend: t.trend as TrendKind, years: typeof t.years === 'number' ? t.years : 3 }
      : undefined,
  evaluate: evaluateTrend,
  // Two years is one step: "不高于上年" says it plainly where "近 2 年逐年不上升" makes a clerk count.
  describe: (target, { tr }) =>
    target.years === 2
      ? tr.t(`target.trend-year.${target.trend}`)
      : tr.t(`target.trend.${target.trend}`, { years: target.years }),
  json: (target) => ({ trend: target.trend, years: target.years }),
  years: (target) => target.years,
  grades: () => [],
};
