// Every catalogue key is used by the source, and every key the source builds exists: found statically, without running.
import { YAML_ERROR_CODES } from '../src/pack/yaml-error-codes.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zh } from '../src/i18n/zh/index.js';
import type {
  BenchmarkLevel,
  CompareOp,
  Confidence,
  MeasureKind,
  Outcome,
  Scope,
  TrendKind,
  Verdict,
} from '../src/model/index.js';
import { STATUSES } from '../src/util/statuses.js';
import { SCHEMA_TYPES } from '../src/pack/schema-problems.js';
import { SLIP_STEPS } from '../src/wording/plausibility.js';
import type { QccWorkbookKind } from '../src/util/qcc-marker.js';
import { COLUMNS, EXTRA_MACHINE_KEYS } from '../src/report/gap-list/columns.js';
import { PROGRESS_KEYS } from '../src/report/gap-list/gap-list-xlsx.js';
import { BENCHMARK_COLUMNS, DATA_COLUMNS, GUIDE_STEPS } from '../src/report/template/template-xlsx.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const sources = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.startsWith(`i18n`))
  .map((f) => ({ file: f, text: readFileSync(join(src, f), 'utf8') }));
const keys = Object.keys(zh);

/** Every member of the union T, each once: a list that leaves one out does not compile. */
const every =
  <T extends string | number>() =>
  <const A extends readonly T[]>(list: A & ([T] extends [A[number]] ? unknown : never)): readonly T[] =>
    list;

const all = sources.map(({ text }) => text).join('\n');
/** Written in src as a string literal: 'report.title', or a problem code as makeProblem gets it ('data-no-files'). */
const written = (text: string): boolean => all.includes(`'${text}'`) || all.includes(`"${text}"`);
const problemCodes = keys.filter((k) => k.startsWith('problem.')).map((k) => k.slice('problem.'.length));
const usedCodes = problemCodes.filter(written);
type Shortfall = NonNullable<NonNullable<Outcome['evidence']>['shortfall']>;

/**
 * Every key the source builds from a prefix and a value (`status.${s}`), by prefix: the keys it can build. A new
 * dynamic prefix in src fails the test until it is listed here with its set.
 */
const families: Record<string, readonly (string | number)[]> = {
  'status.': STATUSES,
  'verdict.': every<Verdict>()(['pass', 'fail', 'undetermined']),
  'item.measure.': every<MeasureKind>()(['rate', 'count', 'amount', 'index', 'rank', 'grade', 'yes-no', 'events']),
  'item.scope.': every<Scope>()(['city', 'district', 'all']),
  'item.confidence.': every<Confidence>()(['confirmed', 'city-practice', 'plan', 'inferred']),
  'benchmark.level.': every<BenchmarkLevel>()(['national', 'provincial']),
  'target.op.': every<CompareOp>()(['>=', '>', '<=', '<', '==']),
  'target.trend.': every<TrendKind>()(['non-decreasing', 'rising', 'non-increasing', 'falling']),
  'target.trend-year.': every<TrendKind>()(['non-decreasing', 'rising', 'non-increasing', 'falling']),
  'data.range.': ['between', 'min', 'max', 'any'].flatMap((shape) => [shape, `${shape}.integer`]),
  'data.plausible.factor.': SLIP_STEPS,
  'data.qcc-written.': every<QccWorkbookKind>()(['template', 'gap-list']),
  'report.matrix.evidence-': every<Shortfall>()(['too-few', 'files-missing']),
  'gaps.col.': [...COLUMNS.map((c) => c.key), ...EXTRA_MACHINE_KEYS],
  'gaps.progress.': PROGRESS_KEYS,
  'template.col.': [...DATA_COLUMNS.map((c) => c.key), ...BENCHMARK_COLUMNS],
  'template.guide.': GUIDE_STEPS,
  'pack.schema.type.': SCHEMA_TYPES,
  'pack.yaml-error.': YAML_ERROR_CODES,
  'problem.': usedCodes,
  // A hint is optional: makeProblem adds hint.<code> when the catalogue has one.
  'hint.': usedCodes.filter((code) => keys.includes(`hint.${code}`)),
};

const dynamicPrefixes = [
  ...new Set(sources.flatMap(({ text }) => [...text.matchAll(/`([a-z][\w.-]*[.-])\$\{/g)].map((m) => m[1] ?? ''))),
];
const built = Object.entries(families).flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`));

describe('catalogue keys', () => {
  it('lists the set of every key that src builds from a prefix', () => {
    expect(dynamicPrefixes.filter((p) => !(p in families))).toEqual([]);
    expect(Object.keys(families).filter((p) => !dynamicPrefixes.includes(p))).toEqual([]);
  });

  it('has every key that src builds', () => {
    expect(built.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('has no key that src does not use', () => {
    const used = new Set([...built, ...keys.filter(written)]);
    expect(keys.filter((k) => !used.has(k))).toEqual([]);
  });
});
