// Reads a pack's own test cases (<pack>/tests/*.yaml): records in, expected status per item out, with YAML positions.
import { append } from '../util/append.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type {
  BenchmarkValue,
  DataRecord,
  Expectation,
  Pack,
  Problem,
  Profile,
  Status,
  TestCase,
} from '../model/index.js';

export type { Expectation, TestCase } from '../model/index.js';
import type { CellContent } from '../util/cell-content.js';
import type { PlainKey, Translator } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import { decimalFromNumber } from '../util/decimal.js';
import { makeProblem } from '../wording/problem.js';
import { readValue } from '../wording/read-value.js';
import { suggest } from '../util/suggest.js';
import { buildProfile } from './read-profile.js';
import { schemaProblems } from './schema-problems.js';
import { readYamlText } from './read-yaml-text.js';
import { parseYamlFile, type YamlFile, type YamlPath } from './yaml-file.js';
import { STATUSES } from '../util/statuses.js';

export const CASES_DIR = 'tests';

export interface CasesRead {
  cases: TestCase[];
  /** Case files read, as shown. */
  files: string[];
  problems: Problem[];
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

const FILE_KEYS = ['profile', 'cases'];
const CASE_KEYS = ['name', 'year', 'today', 'records', 'benchmarks', 'expect'];
const RECORD_KEYS = ['item', 'region', 'year', 'value', 'evidence', 'raw'];
const BENCHMARK_KEYS = ['benchmark', 'year', 'value', 'source'];

/** Every .yaml/.yml in <pack>/tests/, in name order; none is not an error here (the command says so). */
export function caseFileNames(packDir: string): string[] {
  const dir = join(packDir, CASES_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => e.name)
    .sort();
}

export function readCases(pack: Pack, cwd: string, tr: Translator): CasesRead {
  const result: CasesRead = { cases: [], files: [], problems: [] };
  for (const name of caseFileNames(pack.dir)) {
    const path = join(pack.dir, CASES_DIR, name);
    const shown = displayPath(path, cwd);
    result.files.push(shown);
    const { text, problems } = readYamlText(path, shown, tr);
    append(result.problems, problems);
    if (text === undefined) continue;
    const file = parseYamlFile(text, shown, tr);
    append(result.problems, file.problems);
    if (file.value === undefined) continue;
    const read = readCaseFile(file, pack, tr);
    append(result.cases, read.cases);
    append(result.problems, read.problems);
  }
  return result;
}

/** A view of part of a YAML file as if it were a file of its own, so the profile reader's positions stay right. */
function subFile(file: YamlFile, prefix: YamlPath, value: unknown): YamlFile {
  return {
    file: file.file,
    value,
    problems: [],
    locate: (path) => file.locate([...prefix, ...path]),
    locateKey: (path) => file.locateKey([...prefix, ...path]),
  };
}

export function readCaseFile(file: YamlFile, pack: Pack, tr: Translator): { cases: TestCase[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const cases: TestCase[] = [];
  const shape = (path: YamlPath, detail: PlainKey): void =>
    void problems.push(makeProblem(tr, 'case-file-shape', 'error', file.locate(path), { detail: tr.t(detail) }));
  const unknownKeys = (value: Raw, allowed: readonly string[], path: YamlPath): void => {
    for (const key of Object.keys(value)) {
      if (allowed.includes(key)) continue;
      const near = suggest(key, allowed);
      problems.push(
        makeProblem(
          tr,
          'schema-unknown-key',
          'error',
          file.locateKey([...path, key]),
          { key },
          near
            ? tr.t('hint.did-you-mean', { suggestion: near })
            : tr.t('hint.schema-unknown-key', { allowed: allowed.join(', ') }),
        ),
      );
    }
  };
  const root = file.value;
  if (!isObject(root) || !Array.isArray(root.cases)) {
    shape([], 'rules.case.need-cases');
    return { cases, problems };
  }
  unknownKeys(root, FILE_KEYS, []);

  // The file's profile, read like qcc.yaml (same schema, same checks against the pack).
  const rawProfile = isObject(root.profile) ? root.profile : {};
  const profileFile = subFile(file, ['profile'], rawProfile);
  if (root.profile !== undefined) append(problems, schemaProblems(profileFile, 'profile', tr));
  const built = buildProfile({ file: profileFile, problems: [] }, pack, tr);
  append(
    problems,
    built.problems.filter((p) => p.code !== 'profile-no-city'),
  );
  const items = new Map(pack.items.map((i) => [i.id, i]));

  root.cases.forEach((rawCase, c) => {
    const at: YamlPath = ['cases', c];
    if (!isObject(rawCase) || typeof rawCase.name !== 'string' || !isObject(rawCase.expect)) {
      shape(at, 'rules.case.need-name-expect');
      return;
    }
    unknownKeys(rawCase, CASE_KEYS, at);
    const year = typeof rawCase.year === 'number' ? rawCase.year : undefined;
    const knownItem = (id: unknown, path: YamlPath): id is string => {
      if (typeof id === 'string' && items.has(id)) return true;
      const near = typeof id === 'string' ? suggest(id, items.keys()) : undefined;
      problems.push(
        makeProblem(
          tr,
          'case-unknown-item',
          'error',
          file.locate(path),
          { item: String(id) },
          near ? tr.t('hint.did-you-mean', { suggestion: near }) : undefined,
        ),
      );
      return false;
    };

    // Without a profile in the file, the city is 市本级 and the districts are the regions the case's records name.
    const profile: Profile = { ...built.profile, districts: [...built.profile.districts] };
    if (!profile.city) profile.city = tr.t('word.city');
    const records: DataRecord[] = [];
    const rawRecords = Array.isArray(rawCase.records) ? rawCase.records : [];
    if (rawCase.records !== undefined && !Array.isArray(rawCase.records))
      shape([...at, 'records'], 'rules.case.bad-records');
    rawRecords.forEach((r, i) => {
      const path = [...at, 'records', i];
      if (!isObject(r)) return shape(path, 'rules.case.bad-records');
      unknownKeys(r, RECORD_KEYS, path);
      if (!knownItem(r.item, [...path, 'item'])) return;
      const recordYear = typeof r.year === 'number' ? r.year : year;
      if (recordYear === undefined) return shape(path, 'rules.case.need-year');
      const cell = caseCell(r.value);
      if (!cell) {
        problems.push(
          makeProblem(tr, 'case-bad-value', 'error', file.locate([...path, 'value']), {
            value: JSON.stringify(r.value) ?? 'undefined',
          }),
        );
        return;
      }
      // Read exactly as a data file's cell is: the same words, units and ranges (a case may expect `invalid`).
      const read = readValue(cell, items.get(r.item)!, tr);
      const region = typeof r.region === 'string' ? r.region : profile.city;
      if (root.profile === undefined && region !== profile.city && !profile.districts.includes(region))
        profile.districts.push(region);
      records.push({
        region,
        item: r.item,
        year: recordYear,
        value: read.value,
        raw: typeof r.raw === 'string' ? r.raw : read.raw,
        evidence: Array.isArray(r.evidence) ? r.evidence.map(String) : [],
        location: file.locate(path),
      });
    });

    const benchmarks: BenchmarkValue[] = [];
    const rawBenchmarks = Array.isArray(rawCase.benchmarks) ? rawCase.benchmarks : [];
    rawBenchmarks.forEach((b, i) => {
      const path = [...at, 'benchmarks', i];
      if (!isObject(b) || typeof b.benchmark !== 'string' || typeof b.value !== 'number')
        return shape(path, 'rules.case.bad-benchmark');
      unknownKeys(b, BENCHMARK_KEYS, path);
      const benchYear = typeof b.year === 'number' ? b.year : year;
      if (benchYear === undefined) return shape(path, 'rules.case.need-year');
      benchmarks.push({
        benchmark: b.benchmark,
        year: benchYear,
        value: decimalFromNumber(b.value),
        ...(typeof b.source === 'string' ? { source: b.source } : {}),
        location: file.locate(path),
      });
    });

    const expectations: Expectation[] = [];
    for (const [key, status] of Object.entries(rawCase.expect)) {
      const path = [...at, 'expect', key];
      const [id = '', regionPart] = key.split('@');
      if (!knownItem(id, path)) continue;
      if (typeof status !== 'string' || !STATUSES.includes(status as Status)) {
        problems.push(
          makeProblem(tr, 'case-bad-status', 'error', file.locate(path), {
            value: String(status),
            allowed: STATUSES.join(', '),
          }),
        );
        continue;
      }
      const region = regionPart ?? profile.city;
      // Without a profile, the districts are the regions the case names.
      if (root.profile === undefined && region !== profile.city && !profile.districts.includes(region))
        profile.districts.push(region);
      if (region !== profile.city && !profile.districts.includes(region)) {
        const near = suggest(region, [profile.city, ...profile.districts]);
        problems.push(
          makeProblem(
            tr,
            'profile-unknown-region',
            'error',
            file.locateKey(path),
            { region, city: profile.city },
            near ? tr.t('hint.profile-unknown-region', { suggestion: near }) : undefined,
          ),
        );
        continue;
      }
      expectations.push({ key, item: id, region, status: status as Status, location: file.locateKey(path) });
    }

    const testCase: TestCase = {
      name: rawCase.name,
      location: file.locate([...at, 'name']),
      profile,
      records,
      benchmarks,
      expect: expectations,
    };
    if (year !== undefined) testCase.year = year;
    if (typeof rawCase.today === 'string') testCase.today = rawCase.today;
    else if (rawCase.today instanceof Date) testCase.today = rawCase.today.toISOString().slice(0, 10);
    cases.push(testCase);
  });
  return { cases, problems };
}

/** A case's value as the cell it stands for: a number, true/false (a TRUE cell), text as typed, null (blank). */
function caseCell(value: unknown): CellContent | undefined {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return { kind: 'text', text: value };
  return undefined;
}
