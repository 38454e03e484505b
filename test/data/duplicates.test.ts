// The same region, item and year read twice: which record is kept, and what is said about the other.
import { describe, expect, it } from 'vitest';
import { dropDuplicateRecords } from '../../src/data/duplicates.js';
import type { DataRecord, RecordValue } from '../../src/model/index.js';
import { translator } from '../../src/i18n/index.js';

const tr = translator('zh');
const at = (cell: string) => ({ file: '填报.xlsx', sheet: '指标数据', cell });
const rec = (value: RecordValue, raw: string, cell: string): DataRecord => ({
  region: '柯城区',
  item: '6.3.1',
  year: 2020,
  value,
  raw,
  evidence: [],
  location: at(cell),
});
const blank = (cell: string) => rec({ type: 'empty' }, '', cell);
const number = (v: string, cell: string) => rec({ type: 'number', value: v }, v, cell);

describe('dropDuplicateRecords', () => {
  it.each([
    ['a value then the same value', [number('99', 'E2'), number('99', 'E9')], 'E2', ['record-repeated'], []],
    [
      'a value then another value: the kept record carries the dispute',
      [number('99', 'E2'), number('98', 'E9')],
      'E2',
      ['record-duplicate'],
      ['98@E9'],
    ],
    [
      'three values, two of them different',
      [number('99', 'E2'), number('98', 'E9'), number('97', 'E12')],
      'E2',
      ['record-duplicate', 'record-duplicate'],
      ['98@E9', '97@E12'],
    ],
    ['a blank then a value: the value is kept', [blank('E2'), number('99', 'E9')], 'E9', [], []],
    ['a value then a blank: the value is kept', [number('99', 'E2'), blank('E9')], 'E2', [], []],
    ['two blanks: nothing said twice', [blank('E2'), blank('E9')], 'E2', [], []],
  ])('%s', (_, records, kept, codes, conflicts) => {
    const out = dropDuplicateRecords(records, tr);
    expect(out.records.map((r) => r.location.cell)).toEqual([kept]);
    expect(out.problems.map((p) => p.code)).toEqual(codes);
    expect((out.records[0]?.conflicts ?? []).map((c) => `${c.raw}@${c.location.cell}`)).toEqual(conflicts);
  });
});

describe('dropDuplicateRecords over a large data set', () => {
  it('keeps records that differ in region, item or year, and finds the one repeat among 130 000', () => {
    const records: DataRecord[] = [];
    for (let i = 0; i < 130_000; i += 1) {
      const r = number('99', `E${i + 2}`);
      records.push({
        ...r,
        region: `区${i % 13}`,
        item: `6.3.${Math.floor(i / 13) % 1000}`,
        year: 1990 + Math.floor(i / 13_000),
      });
    }
    // Same region, item and year as the first record, in another place and with another value.
    records.push({ ...records[0]!, value: { type: 'number', value: '98' }, raw: '98', location: at('E999999') });
    const out = dropDuplicateRecords(records, tr);
    expect(out.records).toHaveLength(130_000);
    expect(out.problems.map((p) => [p.code, p.location.cell])).toEqual([['record-duplicate', 'E999999']]);
  });
});
