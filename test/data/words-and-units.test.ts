// A hand-typed CSV with the words and numbers people use: ×, √, yes/no, 有, 1.2万, 1,234.5, full-width digits, 衢州市本级.
import { describe, expect, it } from 'vitest';
import { readFixtures, recordTuples } from './helpers.js';

describe('fixtures/data/words-and-units.csv', () => {
  it('reads every value as the measure needs, at its own line', async () => {
    const ds = await readFixtures(['words-and-units.csv']);
    expect(recordTuples(ds)).toEqual([
      ['柯城区', '1.1.1', 2020, false, '2:4'],
      ['衢江区', '1.1.1', 2020, true, '3:4'],
      ['龙游县', '1.1.1', 2020, false, '4:4'],
      ['江山市', '1.1.1', 2020, true, '5:4'],
      ['常山县', '1.1.1', 2020, true, '6:4'],
      // 6.4.2 is measured in 万平方米: 1.2万 is 1.2 of them.
      ['柯城区', '6.4.2', 2020, '1.2', '7:4'],
      ['衢江区', '6.4.2', 2020, '1234.5', '8:4'],
      ['龙游县', '6.4.2', 2020, '62.5', '9:4'],
      // The city written with 本级 after its name is the city.
      ['衢州市', '6.3.1', 2020, '100', '10:4'],
      ['衢州市', '6.3.1', 2019, '99', '11:4'],
    ]);
    expect(ds.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('UTF-16 CSV without a byte-order mark', () => {
  it.each(['odd/changshan-utf16le-nobom.csv', 'odd/changshan-utf16be-nobom.csv'])(
    '%s reads like the file with one',
    async (file) => {
      const withBom = await readFixtures(['changshan-utf16.csv']);
      const without = await readFixtures([file]);
      expect(recordTuples(without)).toEqual(recordTuples(withBom));
      expect(without.records.length).toBe(2);
    },
  );
});
