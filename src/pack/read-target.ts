// Reads a target as written in YAML into the model's Target, and checks that it fits the item's measure.
import type { CompareOp, MeasureKind, Problem, Target, TargetKind, TrendKind } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { decimalFromNumber, compareDecimal } from '../util/decimal.js';
import { makeProblem } from '../util/problem.js';
import type { YamlFile, YamlPath } from './yaml-file.js';

/** Which target kinds make sense for each measure kind. */
export const TARGETS_FOR_MEASURE: Record<MeasureKind, readonly TargetKind[]> = {
  rate: ['compare', 'between', 'benchmark', 'trend', 'rank', 'all', 'unset'],
  count: ['compare', 'between', 'benchmark', 'trend', 'all', 'unset'],
  amount: ['compare', 'between', 'benchmark', 'trend', 'all', 'unset'],
  index: ['compare', 'between', 'benchmark', 'trend', 'rank', 'all', 'unset'],
  rank: ['rank', 'compare', 'trend', 'all', 'unset'],
  grade: ['grade', 'all', 'unset'],
  'yes-no': ['yes-no', 'unset'],
  events: ['events', 'unset'],
};

/** The keys that make up each shape, so that a stray key is caught rather than ignored. */
const SHAPES: { kind: TargetKind; marker: string; keys: readonly string[] }[] = [
  { kind: 'all', marker: 'all', keys: ['all'] },
  { kind: 'unset', marker: 'unset', keys: ['unset'] },
  { kind: 'between', marker: 'between', keys: ['between'] },
  { kind: 'benchmark', marker: 'benchmark', keys: ['benchmark', 'op'] },
  { kind: 'trend', marker: 'trend', keys: ['trend', 'years'] },
  { kind: 'rank', marker: 'rank', keys: ['rank'] },
  { kind: 'grade', marker: 'in', keys: ['in'] },
  { kind: 'yes-no', marker: 'equals', keys: ['equals'] },
  { kind: 'compare', marker: 'op', keys: ['op', 'value'] },
];

const YES = new Set<unknown>([true, 'yes', '是']);

export interface TargetRead {
  target?: Target;
  problems: Problem[];
}

/**
 * Reads `raw` (the YAML value at `path` in `file`). Shape errors that the JSON Schema already reports
 * (wrong types, unknown keys) yield no target and no duplicate problem here.
 */
export function readTarget(raw: unknown, measure: MeasureKind, file: YamlFile, path: YamlPath, tr: Translator): TargetRead {
  const problems: Problem[] = [];
  const target = read(raw, path);
  return target ? { target, problems } : { problems };

  function read(value: unknown, at: YamlPath): Target | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const t = value as Record<string, unknown>;
    const keys = Object.keys(t);
    const shape = SHAPES.find((s) => s.marker in t);
    if (!shape || keys.some((k) => !shape.keys.includes(k)) || !shape.keys.every((k) => k in t || k === 'years')) {
      problems.push(makeProblem(tr, 'target-shape', 'error', file.locate(at), { keys: keys.join(', ') || '{}' }));
      return undefined;
    }
    const kind: TargetKind = shape.kind === 'compare' && measure === 'events' ? 'events' : shape.kind;
    if (!TARGETS_FOR_MEASURE[measure].includes(kind)) {
      problems.push(
        makeProblem(tr, 'target-measure', 'error', file.locate(at), { target: kind, measure, allowed: TARGETS_FOR_MEASURE[measure].join(', ') }),
      );
      return undefined;
    }
    switch (kind) {
      case 'compare':
      case 'events':
        if (typeof t.value !== 'number' || typeof t.op !== 'string') return undefined;
        return { kind, op: t.op as CompareOp, value: decimalFromNumber(t.value) };
      case 'between': {
        const [a, b] = Array.isArray(t.between) ? (t.between as unknown[]) : [];
        if (typeof a !== 'number' || typeof b !== 'number') return undefined;
        const min = decimalFromNumber(a);
        const max = decimalFromNumber(b);
        if (compareDecimal(min, max) > 0) {
          problems.push(makeProblem(tr, 'target-between-order', 'error', file.locate([...at, 'between']), { min, max }));
          return undefined;
        }
        return { kind, min, max };
      }
      case 'benchmark':
        if (typeof t.benchmark !== 'string' || typeof t.op !== 'string') return undefined;
        return { kind, op: t.op as CompareOp, benchmark: t.benchmark };
      case 'trend':
        if (typeof t.trend !== 'string') return undefined;
        return { kind, trend: t.trend as TrendKind, years: typeof t.years === 'number' ? t.years : 3 };
      case 'rank': {
        const r = t.rank as { top?: unknown; cohort?: unknown } | undefined;
        if (!r || typeof r.top !== 'number') return undefined;
        return { kind, top: r.top, cohort: typeof r.cohort === 'string' ? r.cohort : '' };
      }
      case 'grade':
        if (!Array.isArray(t.in)) return undefined;
        return { kind, in: t.in.map(String) };
      case 'yes-no':
        return { kind, equals: YES.has(t.equals) };
      case 'all': {
        if (!Array.isArray(t.all)) return undefined;
        const parts = t.all.map((part, i) => read(part, [...at, 'all', i]));
        if (parts.some((p) => p === undefined)) return undefined;
        return { kind, all: parts as Target[] };
      }
      case 'unset':
        return { kind, note: String(t.unset) };
    }
  }
}
