// A semicolon CSV saved by Excel in a decimal-comma locale: 33,5 is 33.5 (not 335), 1.234,5 is 1234.5.
import { describe, expect, it } from 'vitest';
import { readFixtures, recordTuples } from './helpers.js';

describe('fixtures/data/semicolon-decimal-comma.csv', () => {
  it('reads the comma as the decimal point, and leaves text with commas alone', async () => {
    const ds = await readFixtures(['semicolon-decimal-comma.csv']);
    expect(recordTuples(ds)).toEqual([
      ['衢州市', '6.4.1', 2019, '33.5', '2:4'],
      ['衢州市', '6.4.2', 2020, '1234.5', '3:4'],
      ['衢州市', '6.3.1', 2020, '99.5', '4:4'],
      ['衢州市', '1.1.1', 2020, true, '5:4'],
    ]);
    expect(ds.records[3]?.note).toBe('会议纪要,签到表');
    expect(ds.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
