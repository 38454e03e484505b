// Checks what a pack means (ids, references, targets against measures, points) and builds the Pack.
import { append } from '../util/append.js';
import type {
  Area,
  Assignments,
  Confidence,
  Benchmark,
  BenchmarkLevel,
  BasisDoc,
  Bounds,
  Department,
  Item,
  Location,
  Measure,
  MeasureKind,
  Pack,
  PhaseMonth,
  Problem,
  Scope,
  Scoring,
} from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { decimalFromNumber, addDecimal, compareDecimal } from '../util/decimal.js';
import { makeProblem } from '../wording/problem.js';
import { suggest } from '../util/suggest.js';
import { readTarget, TARGETS_FOR_MEASURE } from './read-target.js';
import type { YamlFile } from './yaml-file.js';
import { formatLocation } from '../util/format-location.js';
import { compareItemIds } from '../util/item-ids.js';
import { departmentIndex } from '../util/department-index.js';
import { componentProblems, itemRefProblem, itemRefsInYaml } from './item-refs.js';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

export function buildPack(
  meta: YamlFile,
  itemFiles: readonly YamlFile[],
  dir: string,
  tr: Translator,
  options: { wholePack: boolean } = { wholePack: true },
): { pack: Pack; problems: Problem[] } {
  const problems: Problem[] = [];
  const m = (isObject(meta.value) ? meta.value : {}) as Raw;

  const basis: BasisDoc[] = list(m.basis)
    .filter(isObject)
    .map((b) => ({ id: String(b.id), title: String(b.title ?? ''), ...pick(b, ['number', 'date', 'url']) }));
  const areas: Area[] = list(m.areas)
    .filter(isObject)
    .map((a) => ({ id: String(a.id), title: String(a.title ?? '') }));
  const departments: Department[] = [];
  const departmentSeen = new Map<string, string>();
  list(m.departments).forEach((d, i) => {
    if (!isObject(d) || typeof d.name !== 'string') return;
    const dep = { name: d.name, aliases: strings(d.aliases) };
    for (const [j, name] of [dep.name, ...dep.aliases].entries()) {
      const path = j === 0 ? ['departments', i, 'name'] : ['departments', i, 'aliases', j - 1];
      const where = formatLocation(meta.locate(path));
      const other = departmentSeen.get(name);
      if (other) problems.push(makeProblem(tr, 'duplicate-department', 'error', meta.locate(path), { name, other }));
      else departmentSeen.set(name, where);
    }
    departments.push(dep);
  });
  const benchmarks: Benchmark[] = list(m.benchmarks)
    .filter(isObject)
    .map((b) => {
      const values: Record<string, string> = {};
      if (isObject(b.values))
        for (const [year, v] of Object.entries(b.values))
          if (typeof v === 'number') values[year] = decimalFromNumber(v);
      const level: BenchmarkLevel = b.level === 'provincial' ? 'provincial' : 'national';
      return { id: String(b.id), title: String(b.title ?? ''), level, values, ...pick(b, ['unit', 'source', 'note']) };
    });
  const s = isObject(m.scoring) ? m.scoring : {};
  const scoring: Scoring = {
    total: typeof s.total === 'number' ? s.total : 100,
    pass: typeof s.pass === 'number' ? s.pass : 0,
    grades: list(s.grades)
      .filter(isObject)
      .map((g) => ({ min: Number(g.min), grade: String(g.grade) })),
    veto: s.veto === 'fail' ? 'fail' : 'grade-D',
    ...pick(s, ['note']),
  };
  checkScoring(scoring, meta, problems, tr);

  const deptIndex = departmentIndex(departments);
  const areaIds = areas.map((a) => a.id);
  const basisIds = basis.map((b) => b.id);
  const benchmarkIds = benchmarks.map((b) => b.id);
  const items: Item[] = [];
  const idSeen = new Map<string, string>();
  /** Item references and where they are written, checked once every item is known. */
  const refs: { owner: string; id: string; location: Location }[] = [];
  const keyLocators = new Map<Item, (key: string) => Location>();

  for (const file of itemFiles) {
    if (!isObject(file.value)) continue;
    const area = str(file.value.area);
    if (area !== undefined && !areaIds.includes(area)) {
      problems.push(
        makeProblem(tr, 'unknown-area', 'error', file.locate(['area']), { area, allowed: areaIds.join(', ') }),
      );
    }
    list(file.value.items).forEach((raw, i) => {
      if (!isObject(raw)) return;
      const at = (...rest: (string | number)[]) => file.locate(['items', i, ...rest]);
      const id = str(raw.id);
      if (!id || !/^[1-9]\d*\.[1-9]\d*\.[1-9]\d*$/.test(id)) return;
      const other = idSeen.get(id);
      if (other) problems.push(makeProblem(tr, 'item-duplicate-id', 'error', at('id'), { id, other }));
      else idSeen.set(id, formatLocation(at('id')));
      const prefix = id.split('.')[0] ?? '';
      if (area !== undefined && prefix !== area)
        problems.push(makeProblem(tr, 'item-id-area', 'error', at('id'), { id, area, prefix }));

      const resolveDept = (name: string, path: (string | number)[]): string => {
        const canonical = deptIndex.get(name);
        if (canonical) return canonical;
        const near = suggest(name, deptIndex.keys());
        problems.push(
          makeProblem(
            tr,
            'unknown-department',
            'error',
            at(...path),
            { name },
            near
              ? tr.t('hint.unknown-department', { suggestion: deptIndex.get(near) ?? near })
              : tr.t('hint.unknown-department-list'),
          ),
        );
        return name;
      };
      const lead = typeof raw.lead === 'string' ? resolveDept(raw.lead, ['lead']) : '';
      const support = list(raw.support).flatMap((name, j) =>
        typeof name === 'string' ? [resolveDept(name, ['support', j])] : [],
      );

      const b = isObject(raw.basis) ? raw.basis : {};
      const doc = str(b.doc) ?? '';
      if (doc && !basisIds.includes(doc)) {
        problems.push(
          makeProblem(tr, 'unknown-basis', 'error', at('basis', 'doc'), { doc, allowed: basisIds.join(', ') }),
        );
      }
      const measureRaw = isObject(raw.measure) ? raw.measure : {};
      const kind = str(measureRaw.kind) as MeasureKind | undefined;
      if (!kind || !(kind in TARGETS_FOR_MEASURE) || !isObject(raw.target)) return;
      const read = readTarget(raw.target, kind, file, ['items', i, 'target'], tr);
      append(problems, read.problems);
      // A target that did not read has its problem already; its references are not checked on top of it.
      if (read.target)
        for (const ref of itemRefsInYaml(raw.target))
          refs.push({ owner: id, id: ref.id, location: file.locate(['items', i, 'target', ...ref.path]) });
      for (const ref of benchmarkRefs(raw.target)) {
        if (!benchmarkIds.includes(ref.id)) {
          problems.push(
            makeProblem(tr, 'unknown-benchmark', 'error', file.locate(['items', i, 'target', ...ref.path]), {
              benchmark: ref.id,
              allowed: benchmarkIds.join(', '),
            }),
          );
        }
      }
      if (!read.target || typeof raw.title !== 'string' || typeof raw.points !== 'number') return;
      const item: Item = {
        id,
        title: raw.title,
        area: area ?? prefix,
        measure: readMeasure(
          kind,
          measureRaw,
          (key) => problems.push(makeProblem(tr, 'measure-range-kind', 'error', at('measure', key), { key, kind })),
          (key, min, max) =>
            problems.push(makeProblem(tr, 'measure-range-order', 'error', at('measure', key), { key, min, max })),
        ),
        target: read.target,
        points: raw.points,
        veto: raw.veto === true,
        scope: (str(raw.scope) ?? 'city') as Scope,
        lead,
        support,
        basis: {
          doc,
          confidence: (str(b.confidence) ?? 'inferred') as Item['basis']['confidence'],
          ...pick(b, ['clause', 'note']),
        },
        evidence: strings(raw.evidence),
        minEvidence: typeof raw.min_evidence === 'number' ? raw.min_evidence : 0,
        location: at('id'),
        ...pick(raw, ['remedy', 'description']),
      };
      if (typeof raw.part_of === 'string') item.partOf = raw.part_of;
      keyLocators.set(item, (key) => at(key));
      items.push(item);
    });
  }

  const sum = items.reduce((acc, item) => addDecimal(acc, decimalFromNumber(item.points)), '0');
  if (options.wholePack && items.length && compareDecimal(sum, decimalFromNumber(scoring.total)) !== 0) {
    problems.push(
      makeProblem(tr, 'points-total', 'error', meta.locate(['scoring', 'total']), { sum, total: scoring.total }),
    );
  }
  items.sort((a, b) => compareItemIds(a.id, b.id));
  checkComponents();

  const pack: Pack = {
    id: String(m.id ?? ''),
    title: String(m.title ?? ''),
    version: String(m.version ?? ''),
    basis,
    scoring,
    phases: list(m.phases)
      .filter(isObject)
      .map((p) => ({
        id: String(p.id),
        title: String(p.title),
        from: phaseMonth(p.from),
        to: phaseMonth(p.to),
        ...pick(p, ['note']),
      })),
    areas,
    departments,
    ...(isObject(m.assignments) ? { assignments: readAssignments(m.assignments) } : {}),
    benchmarks,
    items,
    dir,
    files: [meta.file, ...itemFiles.map((f) => f.file)],
    ...pick(m, ['description']),
  };
  return { pack, problems };

  /**
   * References and part_of, across files. Linting one file alone, an item of another file is not there to check
   * against, so only what the file itself holds is checked.
   */
  function checkComponents(): void {
    const byId = new Map<string, Item>();
    for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
    for (const ref of refs) {
      if (!options.wholePack && !byId.has(ref.id)) continue;
      const problem = itemRefProblem(ref.owner, ref.id, byId, ref.location, tr);
      if (problem) problems.push(problem);
    }
    const judged = options.wholePack
      ? byId
      : new Map([...byId].filter(([, item]) => item.partOf === undefined || byId.has(item.partOf)));
    const at = (item: Item, key: string): Location => keyLocators.get(item)?.(key) ?? item.location;
    append(problems, componentProblems(judged, at, tr));
  }
}

const NUMERIC_KINDS: readonly MeasureKind[] = ['rate', 'count', 'amount', 'index', 'rank', 'events'];

/**
 * `measure` with its optional `range` (valid values) and `typical` (usual values) as exact decimals; both need numbers.
 */
function readMeasure(
  kind: MeasureKind,
  raw: Raw,
  wrongKind: (key: string) => void,
  wrongOrder: (key: string, min: string, max: string) => void,
): Measure {
  const measure: Measure = { kind, ...pick(raw, ['unit']) };
  for (const key of ['range', 'typical'] as const) {
    if (!isObject(raw[key])) continue;
    if (!NUMERIC_KINDS.includes(kind)) {
      wrongKind(key);
      continue;
    }
    const given = raw[key] as Raw;
    const bounds: Bounds = {};
    if (typeof given.min === 'number' && Number.isFinite(given.min)) bounds.min = decimalFromNumber(given.min);
    if (typeof given.max === 'number' && Number.isFinite(given.max)) bounds.max = decimalFromNumber(given.max);
    if (bounds.min !== undefined && bounds.max !== undefined && compareDecimal(bounds.min, bounds.max) > 0)
      wrongOrder(key, bounds.min, bounds.max);
    measure[key] = bounds;
  }
  return measure;
}

function checkScoring(scoring: Scoring, meta: YamlFile, problems: Problem[], tr: Translator): void {
  const mins = scoring.grades.map((g) => g.min);
  const descending = mins.every((min, i) => i === 0 || min < (mins[i - 1] ?? Infinity));
  if (scoring.grades.length && (!descending || mins[mins.length - 1] !== 0)) {
    problems.push(makeProblem(tr, 'grades-order', 'error', meta.locate(['scoring', 'grades']), {}));
  }
  if (scoring.pass > scoring.total) {
    problems.push(
      makeProblem(tr, 'pass-above-total', 'error', meta.locate(['scoring', 'pass']), {
        pass: scoring.pass,
        total: scoring.total,
      }),
    );
  }
}

/** Benchmark ids a target names, in itself and in the parts of any kind made of a list of targets (all). */
function benchmarkRefs(target: unknown, path: (string | number)[] = []): { id: string; path: (string | number)[] }[] {
  if (!isObject(target)) return [];
  const refs: { id: string; path: (string | number)[] }[] = [];
  if (typeof target.benchmark === 'string') refs.push({ id: target.benchmark, path: [...path, 'benchmark'] });
  for (const [key, value] of Object.entries(target)) {
    list(value).forEach((part, i) => benchmarkRefs(part, [...path, key, i]).forEach((ref) => refs.push(ref)));
  }
  return refs;
}

/** A phase month as written: a fixed "2020-09", or { years_before, month } counted from the evaluation year. */
function phaseMonth(value: unknown): PhaseMonth {
  if (!isObject(value)) return String(value);
  return { yearsBefore: typeof value.years_before === 'number' ? value.years_before : 0, month: Number(value.month) };
}

function readAssignments(raw: Raw): Assignments {
  return { confidence: (str(raw.confidence) ?? 'inferred') as Confidence, ...pick(raw, ['note']) };
}

function pick<K extends string>(from: Raw, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) if (typeof from[key] === 'string') out[key] = from[key] as string;
  return out;
}
