// Reads a target as written in YAML into the model's Target, and checks that it fits the item's measure.
import type { MeasureKind, Problem, Target, TargetKind } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { TARGET_KINDS, targetModule } from '../engine/targets/index.js';
import { makeProblem } from '../wording/problem.js';
import type { YamlFile, YamlPath } from './yaml-file.js';

export const MEASURE_KINDS: readonly MeasureKind[] = [
  'rate',
  'count',
  'amount',
  'index',
  'rank',
  'grade',
  'yes-no',
  'events',
];

/**
 * Which target kinds make sense for each measure kind, as the kinds declare it: the kind named like the measure
 * first (a rank measure is judged by a rank target before anything else), then in registry order.
 */
export const TARGETS_FOR_MEASURE = Object.fromEntries(
  MEASURE_KINDS.map((measure) => {
    const allowed = TARGET_KINDS.filter((kind) => targetModule(kind).measures.includes(measure));
    return [measure, [...allowed.filter((k) => k === measure), ...allowed.filter((k) => k !== measure)]];
  }),
) as unknown as Record<MeasureKind, readonly TargetKind[]>;

export interface TargetRead {
  target?: Target;
  problems: Problem[];
}

/**
 * The kind a YAML object is written as: of the kinds whose marker key it has, the one with most of its keys present;
 * on a tie (compare and events are written alike) one that fits the measure; then registry order.
 */
function shapeOf(t: Record<string, unknown>, measure: MeasureKind): TargetKind | undefined {
  const score = (kind: TargetKind): number => {
    const m = targetModule(kind);
    return m.yaml.keys.filter((k) => k in t).length * 2 + (m.measures.includes(measure) ? 1 : 0);
  };
  const candidates = TARGET_KINDS.filter((kind) => targetModule(kind).yaml.marker in t);
  return candidates.reduce<TargetKind | undefined>(
    (best, kind) => (best === undefined || score(kind) > score(best) ? kind : best),
    undefined,
  );
}

/** Every way of writing a target, for the hint of one that is not recognised. */
function shapes(tr: Translator): string {
  const examples = TARGET_KINDS.flatMap((kind) => targetModule(kind).yaml.example ?? []);
  return examples.map((key) => tr.t(key)).join(tr.t('word.list'));
}

/**
 * Reads `raw` (the YAML value at `path` in `file`). Shape errors that the JSON Schema already reports
 * (wrong types, unknown keys) yield no target and no duplicate problem here.
 */
export function readTarget(
  raw: unknown,
  measure: MeasureKind,
  file: YamlFile,
  path: YamlPath,
  tr: Translator,
): TargetRead {
  const problems: Problem[] = [];
  const target = read(raw, path, undefined);
  return target ? { target, problems } : { problems };

  function read(value: unknown, at: YamlPath, parent: TargetKind | undefined): Target | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const t = value as Record<string, unknown>;
    const keys = Object.keys(t);
    const kind = shapeOf(t, measure);
    const yaml = kind && targetModule(kind).yaml;
    if (!kind || !yaml || keys.some((k) => !yaml.keys.includes(k)) || !yaml.required.every((k) => k in t)) {
      problems.push(
        makeProblem(tr, 'target-shape', 'error', file.locate(at), {
          keys: keys.join(', ') || '{}',
          shapes: shapes(tr),
        }),
      );
      return undefined;
    }
    if (!TARGETS_FOR_MEASURE[measure].includes(kind)) {
      problems.push(
        makeProblem(tr, 'target-measure', 'error', file.locate(at), {
          target: kind,
          measure,
          allowed: TARGETS_FOR_MEASURE[measure].join(', '),
        }),
      );
      return undefined;
    }
    return targetModule(kind).read(t, {
      measure,
      at,
      error: (code, where, params) => problems.push(makeProblem(tr, code, 'error', file.locate([...where]), params)),
      part: (part, where) => read(part, [...where], kind),
      parent,
    });
  }
}
