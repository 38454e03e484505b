// The county ranking: 达标率 over the items evaluated for each district, shared ranks on ties, a fixed order.
import { describe, expect, it } from 'vitest';
import type { Outcome, Report, Status } from '../../../src/model/index.js';
import { countyRanking, rateText } from '../../../src/report/utils/county-ranking.js';
import { sampleReport } from '../formatters/sample.js';

/** A report whose outcomes are the given (item, region, status) triples, on the sample's districts. */
function reportOf(districts: string[], rows: [string, string, Status][]): Report {
  const report = sampleReport();
  const template = report.outcomes[0]!;
  report.profile.districts = districts;
  report.outcomes = rows.map(([item, region, status]): Outcome => ({ ...template, item, region, status }));
  return report;
}

describe('countyRanking', () => {
  it.each([
    {
      name: 'best rate first, ties share a rank and keep the profile order',
      districts: ['甲', '乙', '丙'],
      rows: [
        ['1', '甲', 'fail'],
        ['2', '甲', 'pass'],
        ['1', '乙', 'pass'],
        ['2', '乙', 'pass'],
        ['1', '丙', 'pass'],
        ['2', '丙', 'pass'],
      ],
      expected: [
        { region: '乙', rank: 1, rate: 1, met: 2, evaluated: 2, missed: [] },
        { region: '丙', rank: 1, rate: 1, met: 2, evaluated: 2, missed: [] },
        { region: '甲', rank: 3, rate: 0.5, met: 1, evaluated: 2, missed: ['1'] },
      ],
    },
    {
      name: 'missing and invalid count as missed; not-applicable and waived are not evaluated; the city is not ranked',
      districts: ['甲', '乙'],
      rows: [
        ['1', '甲', 'missing'],
        ['2', '甲', 'invalid'],
        ['3', '甲', 'pass'],
        ['1', '乙', 'not-applicable'],
        ['2', '乙', 'waived'],
        ['3', '乙', 'pass'],
        ['1', '衢州市', 'fail'],
      ],
      expected: [
        { region: '乙', rank: 1, rate: 1, met: 1, evaluated: 1, missed: [] },
        { region: '甲', rank: 2, rate: 0.3333, met: 1, evaluated: 3, missed: ['1', '2'] },
      ],
    },
    {
      name: 'a district with nothing evaluated is left out',
      districts: ['甲', '乙'],
      rows: [
        ['1', '甲', 'pass'],
        ['1', '乙', 'not-applicable'],
      ],
      expected: [{ region: '甲', rank: 1, rate: 1, met: 1, evaluated: 1, missed: [] }],
    },
  ] as const)('$name', ({ districts, rows, expected }) => {
    const ranking = countyRanking(
      reportOf(
        [...districts],
        rows.map((r) => [...r] as [string, string, Status]),
      ),
    );
    expect(ranking).toEqual(expected.map((e) => ({ ...e, missed: [...e.missed] })));
  });

  it.each([
    [1, '100.0%'],
    [0.9688, '96.9%'],
    [0.3333, '33.3%'],
    [0, '0.0%'],
  ])('rateText(%s) is %s', (rate, text) => {
    expect(rateText(rate)).toBe(text);
  });
});
