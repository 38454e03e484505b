// Where a gap list row or an annotation sends a person: the item's own cell before a component's that its parent read.
import { describe, expect, it } from 'vitest';
import type { Outcome, RecordRef } from '../../../src/model/index.js';
import { outcomeLocation } from '../../../src/report/utils/outcome-location.js';

const at = (cell: string, year = 2020, item?: string): RecordRef => ({
  year,
  raw: '1',
  location: { file: '填报.xlsx', sheet: '指标数据', cell },
  ...(item ? { item } : {}),
});
const outcome = (records: RecordRef[]) => ({ year: 2020, records }) as unknown as Outcome;

describe('outcomeLocation', () => {
  it.each([
    ['the own record although the component was read first', [at('E8', 2020, '4.1.3'), at('E7')], 'E7'],
    ["the component's record when the item's own is absent", [at('E8', 2020, '4.1.3')], 'E8'],
    ['the evaluation year before an earlier own year', [at('E5', 2019), at('E8', 2020, '4.1.3')], 'E8'],
    ['the latest year when none is of the evaluation year', [at('E4', 2018), at('E5', 2019)], 'E5'],
  ])('%s', (_name, records, cell) => {
    expect(outcomeLocation(outcome(records))?.cell).toBe(cell);
  });
});
