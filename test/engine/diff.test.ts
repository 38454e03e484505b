// Progress between two self-checks: score and grade, areas, and which outcomes newly pass, newly fail or still fail.
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/engine/diff.js';
import type { Outcome, Report } from '../../src/model/index.js';
import { sampleReport } from '../report/gap-list/fixtures.js';

const ids = (list: { item: string; region: string }[]) => list.map((e) => `${e.item} ${e.region}`);

function edit(report: Report, item: string, region: string, patch: Partial<Outcome>): Report {
  return {
    ...report,
    outcomes: report.outcomes.map((o) => (o.item === item && o.region === region ? { ...o, ...patch } : o)),
  };
}

describe('diffReports on the sample before and after rectification', () => {
  const diff = diffReports(sampleReport(), sampleReport('report-2020-recheck'));

  it('gives the score change exactly and both grades and verdicts', () => {
    expect(diff).toMatchObject({
      schema: 'qcc/diff@1',
      comparable: true,
      scoreChange: '1.67',
      before: { score: 12.32, grade: 'D', verdict: 'fail' },
      after: { score: 13.99, grade: 'D' },
    });
  });

  it('gives the change per area', () => {
    expect(diff.areas.map((a) => [a.id, a.change])).toEqual([
      ['1', '2'],
      ['4', '0'],
      ['6', '-0.33'],
    ]);
  });

  it('sorts outcomes into newly met, newly failing and still failing', () => {
    expect(ids(diff.newlyMet)).toEqual(['1.1.1 衢州市', '6.3.1 柯城区']);
    expect(ids(diff.newlyFailing)).toEqual(['6.3.2 常山县']);
    expect(ids(diff.stillFailing)).toEqual([
      '1.3.1 衢州市',
      '4.1.2 衢州市',
      '6.3.1 衢江区',
      '6.3.1 江山市',
      '6.3.1 开化县',
      '6.3.2 龙游县',
      '6.3.2 开化县',
      '6.4.1 衢州市',
    ]);
  });

  it('gives the change of the gap where both gaps have a size', () => {
    const by = (item: string, region: string) => diff.stillFailing.find((e) => e.item === item && e.region === region)!;
    expect(by('6.4.1', '衢州市')).toMatchObject({
      before: 'fail',
      after: 'fail',
      gapChange: '-1.5',
      gapBefore: { amount: '2' },
      gapAfter: { amount: '0.5' },
    });
    expect(by('4.1.2', '衢州市').gapChange).toBe('0');
    expect(by('1.3.1', '衢州市').gapChange).toBeUndefined();
  });
});

describe('diffReports cases', () => {
  const base = sampleReport();
  it.each([
    {
      name: 'scores compared as exact decimals (0.1 → 0.3 is 0.2)',
      before: { ...base, summary: { ...base.summary, score: 0.1 } },
      after: { ...base, summary: { ...base.summary, score: 0.3 } },
      check: (d: ReturnType<typeof diffReports>) => expect(d.scoreChange).toBe('0.2'),
    },
    {
      name: 'an outcome that only the later report has and that fails is newly failing',
      before: { ...base, outcomes: base.outcomes.filter((o) => o.item !== '6.4.1') },
      after: base,
      check: (d: ReturnType<typeof diffReports>) => {
        const entry = d.newlyFailing.find((e) => e.item === '6.4.1');
        expect([entry?.before, entry?.after]).toEqual([undefined, 'fail']);
      },
    },
    {
      name: 'a failing outcome that becomes waived is neither met nor failing',
      before: base,
      after: edit(base, '6.4.1', '衢州市', { status: 'waived' }),
      check: (d: ReturnType<typeof diffReports>) =>
        expect([...d.newlyMet, ...d.newlyFailing, ...d.stillFailing].some((e) => e.item === '6.4.1')).toBe(false),
    },
    {
      name: 'missing data that is now filled but fails is still failing',
      before: base,
      after: edit(base, '1.3.1', '衢州市', { status: 'fail', value: 'B', gap: { text: '等级为 B' } }),
      check: (d: ReturnType<typeof diffReports>) =>
        expect(d.stillFailing.find((e) => e.item === '1.3.1')).toMatchObject({ before: 'missing', after: 'fail' }),
    },
    {
      name: 'a report of another city is marked not comparable',
      before: base,
      after: { ...base, profile: { ...base.profile, city: '金华市' } },
      check: (d: ReturnType<typeof diffReports>) => expect(d.comparable).toBe(false),
    },
    {
      name: 'the same report twice changes nothing',
      before: base,
      after: base,
      check: (d: ReturnType<typeof diffReports>) =>
        expect([
          d.scoreChange,
          d.newlyMet.length,
          d.newlyFailing.length,
          d.stillFailing.every((e) => e.gapChange === undefined || e.gapChange === '0'),
        ]).toEqual(['0', 0, 0, true]),
    },
  ])('$name', ({ before, after, check }) => check(diffReports(before as Report, after as Report)));
});

describe('items that stop failing without being fixed', () => {
  const before = sampleReport();
  it.each([
    ['waived', 'waived'],
    ['not applicable', 'not-applicable'],
  ] as const)('a failing item now %s is listed as left unmet, not dropped', (_, status) => {
    const diff = diffReports(before, edit(sampleReport(), '6.4.1', '衢州市', { status }));
    expect(ids(diff.leftUnmet)).toEqual(['6.4.1 衢州市']);
    expect(diff.leftUnmet[0]).toMatchObject({ before: 'fail', after: status });
    expect(ids([...diff.newlyMet, ...diff.stillFailing])).not.toContain('6.4.1 衢州市');
  });

  it('a failing item missing from the second check is listed too', () => {
    const after = sampleReport();
    const diff = diffReports(before, {
      ...after,
      outcomes: after.outcomes.filter((o) => !(o.item === '6.4.1' && o.region === '衢州市')),
    });
    expect(diff.leftUnmet).toEqual([expect.objectContaining({ item: '6.4.1', region: '衢州市', before: 'fail' })]);
    expect(diff.leftUnmet[0]?.after).toBeUndefined();
  });

  it('a check of one county against one of the whole city is not comparable', () => {
    expect(diffReports(before, { ...sampleReport(), region: '开化县' }).comparable).toBe(false);
  });
});
