// append() adds any number of items in place, where push(...items) would overflow the call stack.
import { describe, expect, it } from 'vitest';
import { append } from '../../src/util/append.js';
import { dropDuplicateRecords } from '../../src/data/duplicates.js';
import { summariseMissing } from '../../src/data/summarise-missing.js';
import { translator } from '../../src/i18n/index.js';
import type { DataRecord, Problem } from '../../src/model/index.js';

const MANY = 130_000;

describe('append', () => {
  it('keeps order and returns the target', () => {
    const target = [1, 2];
    expect(append(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  it(`takes ${MANY} items, where push(...items) throws`, () => {
    const items = Array.from({ length: MANY }, (_, i) => i);
    expect(() => [].push(...(Array.from({ length: 1_000_000 }, () => 0) as never[]))).toThrow(RangeError);
    expect(append([] as number[], items)).toHaveLength(MANY);
  });

  it(`the data layer handles ${MANY} records and ${MANY} problems (duplicates, blank-cell summaries)`, () => {
    const tr = translator('zh');
    const records: DataRecord[] = [];
    const problems: Problem[] = [];
    for (let i = 0; i < MANY; i += 1) {
      const location = { file: 'big.csv', line: i + 2, column: 4 };
      records.push({
        region: '开化县',
        item: `9.${i}.1`,
        year: 2020,
        value: { type: 'empty' },
        raw: '',
        evidence: [],
        location,
      });
      problems.push({ code: 'value-missing', severity: 'warning', message: 'x', location });
    }
    expect(dropDuplicateRecords(records, tr).records).toHaveLength(MANY);
    const summed = summariseMissing({ problems, records }, tr);
    expect(summed).toHaveLength(1);
    expect(summed[0]?.message).toContain(`有 ${MANY} 项没有填数值`);
  });
});
