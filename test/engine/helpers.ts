// Builders for engine tests: a pack, items, a profile and records in a few words, so each case stays one line.
import type { DataRecord, Dataset, Item, Pack, Profile, RecordValue, Target } from '../../src/model/index.js';
import { translator } from '../../src/i18n/index.js';
import { evaluate, type EvaluateInput } from '../../src/engine/evaluate.js';
import { decimalFromNumber } from '../../src/util/decimal.js';
import { readValue } from '../../src/wording/read-value.js';

export const zh = translator('zh');
export const en = translator('en');

export function item(id: string, target: Target, more: Partial<Item> = {}): Item {
  return {
    id,
    title: `考核项 ${id}`,
    area: id.split('.')[0] ?? '1',
    measure: { kind: 'rate', unit: '%' },
    target,
    points: 10,
    veto: false,
    scope: 'city',
    lead: '市市场监管局',
    support: [],
    basis: { doc: 'plan', confidence: 'plan' },
    evidence: [],
    minEvidence: 0,
    location: { file: 'items.yaml', line: 1, column: 1 },
    ...more,
  };
}

export function pack(items: Item[], more: Partial<Pack> = {}): Pack {
  return {
    id: 'test',
    title: '测试',
    version: '1',
    basis: [{ id: 'plan', title: '方案' }],
    scoring: {
      total: 100,
      pass: 80,
      grades: [
        { min: 90, grade: 'A' },
        { min: 80, grade: 'B' },
        { min: 60, grade: 'C' },
        { min: 0, grade: 'D' },
      ],
      veto: 'grade-D',
    },
    phases: [],
    areas: [
      { id: '1', title: '板块一' },
      { id: '2', title: '板块二' },
    ],
    departments: [],
    benchmarks: [
      { id: 'nat', title: '全国平均', level: 'national', unit: '%', values: { '2019': '0.3', '2020': '0.25' } },
    ],
    items,
    dir: 'pack',
    files: ['pack/pack.yaml'],
    ...more,
  };
}

export function profile(more: Partial<Profile> = {}): Profile {
  return { city: '衢州市', districts: ['柯城区', '江山市'], overrides: {}, notApplicable: {}, waivers: [], ...more };
}

/** A cell value as a test writes it: a number, a decimal string, true/false, a grade, null (blank) or {invalid}. */
export type Cell = number | string | boolean | null | { invalid: string };

export function value(cell: Cell): RecordValue {
  if (cell === null) return { type: 'empty' };
  if (typeof cell === 'number') return { type: 'number', value: decimalFromNumber(cell) };
  if (typeof cell === 'boolean') return { type: 'boolean', value: cell };
  if (typeof cell === 'object') return { type: 'invalid', reason: cell.invalid };
  return /^-?\d+(\.\d+)?$/.test(cell) ? { type: 'number', value: cell } : { type: 'text', value: cell };
}

let row = 1;
export function rec(
  itemId: string,
  year: number,
  cell: Cell,
  region = '衢州市',
  evidence: string[] = [],
  atRow?: number,
): DataRecord {
  row += 1;
  const r = atRow ?? row;
  return {
    region,
    item: itemId,
    year,
    value: value(cell),
    raw: cell === null ? '' : typeof cell === 'object' ? '#DIV/0!' : String(cell),
    evidence,
    location: { file: '填报.xlsx', sheet: '指标数据', cell: `E${r}`, row: r, column: 5 },
  };
}

export function dataset(records: DataRecord[], more: Partial<Dataset> = {}): Dataset {
  return { records, benchmarks: [], inputs: [], problems: [], ...more };
}

/** Text cells are read for their item by the one reader, as the data layer does, so the engine sees typed values. */
function typed(p: Pack, records: DataRecord[]): DataRecord[] {
  return records.map((r) => {
    const it = p.items.find((i) => i.id === r.item);
    if (r.value.type !== 'text' || !it) return r;
    return { ...r, value: readValue({ kind: 'text', text: r.value.value }, it, zh).value };
  });
}

export function run(p: Pack, records: DataRecord[], more: Partial<EvaluateInput> = {}) {
  return evaluate({
    pack: p,
    profile: profile(),
    dataset: dataset(typed(p, records)),
    year: 2020,
    today: '2020-06-01',
    tool: { name: 'qcc', version: '0.0.0' },
    tr: zh,
    ...more,
  });
}
