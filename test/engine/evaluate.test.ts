// evaluate(): regions and order, year, overrides, not-applicable, waivers, evidence, scores, grade, veto, verdict.
import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/model/index.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { dataset, en, item, pack, profile, rec, run, zh, type Cell } from './helpers.js';

const ge90: Target = { kind: 'compare', op: '>=', value: '90' };
const yes: Target = { kind: 'yes-no', equals: true };

describe('regions and order', () => {
  it('city, district and all scopes give outcomes per region, by item id (numeric), city, districts in order', () => {
    const p = pack([
      item('1.10.1', ge90, { points: 10 }),
      item('1.2.1', ge90, { scope: 'district', points: 10 }),
      item('1.1.1', ge90, { scope: 'all', points: 30 }),
    ]);
    const r = run(p, []);
    expect(r.outcomes.map((o) => `${o.item}@${o.region}`)).toEqual([
      '1.1.1@衢州市',
      '1.1.1@柯城区',
      '1.1.1@江山市',
      '1.2.1@柯城区',
      '1.2.1@江山市',
      '1.10.1@衢州市',
    ]);
    expect(r.outcomes.every((o) => o.status === 'missing' && o.steps.length > 0)).toBe(true);
  });

  it('--region keeps only that region', () => {
    const p = pack([item('1.1.1', ge90, { scope: 'all' }), item('1.2.1', ge90)]);
    const r = run(p, [], { region: '江山市' });
    expect(r.outcomes.map((o) => `${o.item}@${o.region}`)).toEqual(['1.1.1@江山市']);
    // A --region check judges that region on its own: its outcome carries the item's whole points.
    expect(r.outcomes[0]).toMatchObject({ points: 10, uplift: 10 });
    expect(r.outcomes[0]?.pointsCarriedBy).toBeUndefined();
    expect(r.summary.score).toBe(0);
    expect(r.problems).toEqual([]);
  });

  it('an unknown --region is a problem', () => {
    const r = run(pack([item('1.1.1', ge90)]), [], { region: '杭州市' });
    expect(r.outcomes).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['region-not-in-profile']);
  });

  it('without a city in the profile, the region of the city-level records is the city', () => {
    const p = pack([item('1.1.1', ge90)]);
    const r = evaluate({
      pack: p,
      profile: profile({ city: '' }),
      dataset: dataset([
        rec('1.1.1', 2020, 95, '江山市'),
        rec('1.1.1', 2020, 95, '衢州市'),
        rec('1.1.1', 2019, 95, '衢州市'),
      ]),
      today: '2021-01-01',
      tool: { name: 'qcc', version: '0' },
      tr: zh,
    });
    expect(r.profile.city).toBe('衢州市');
    expect(r.outcomes[0]?.status).toBe('pass');
  });

  it('the first of duplicate records is used', () => {
    const r = run(pack([item('1.1.1', ge90)]), [rec('1.1.1', 2020, 95), rec('1.1.1', 2020, 50)]);
    expect(r.outcomes[0]?.status).toBe('pass');
    expect(r.outcomes[0]?.records).toHaveLength(1);
  });
});

describe('evaluation year', () => {
  const p = pack([item('1.1.1', ge90)]);
  const records = [rec('1.1.1', 2019, 95), rec('1.1.1', 2020, 80), rec('1.1.1', 2021, 99, '柯城区')];
  const base = { pack: p, dataset: dataset(records), today: '2022-01-01', tool: { name: 'qcc', version: '0' }, tr: zh };
  it.each([
    { name: '--year wins', year: 2019, profileYear: 2020, expected: 2019 },
    { name: 'then the profile', year: undefined, profileYear: 2019, expected: 2019 },
    {
      name: "then the latest year with city records (not a district's)",
      year: undefined,
      profileYear: undefined,
      expected: 2020,
    },
  ])('$name', ({ year, profileYear, expected }) => {
    const r = evaluate({
      ...base,
      profile: profile(profileYear ? { year: profileYear } : {}),
      ...(year ? { year } : {}),
    });
    expect(r.year).toBe(expected);
    expect(r.outcomes[0]?.year).toBe(expected);
  });
});

describe('profile: overrides, not-applicable, waivers', () => {
  const loc = { file: 'qcc.yaml', line: 3, column: 3 };
  it('an override replaces the target and the points, and the steps say so', () => {
    const p = pack([item('1.1.1', ge90, { points: 10 }), item('1.2.1', ge90, { points: 90 })]);
    const r = run(p, [rec('1.1.1', 2020, 85), rec('1.2.1', 2020, 95)], {
      profile: profile({
        overrides: {
          '1.1.1': {
            target: { kind: 'compare', op: '>=', value: '85' },
            points: 20,
            reason: '本市目标',
            location: loc,
          },
        },
      }),
    });
    const o = r.outcomes[0];
    expect(o?.status).toBe('pass');
    expect(o?.points).toBe(20);
    expect(o?.target.text).toBe('≥ 85%');
    expect(o?.steps[0]).toContain('本市目标');
    // 110 points in all after the override, all earned → rescaled to 100.
    expect(r.summary.score).toBe(100);
  });

  it('not-applicable items leave the maximum: the score is rescaled to the total', () => {
    const p = pack([
      item('1.1.1', ge90, { points: 5 }),
      item('1.2.1', ge90, { points: 76 }),
      item('2.1.1', ge90, { points: 19 }),
    ]);
    const r = run(p, [rec('1.2.1', 2020, 95)], {
      profile: profile({ notApplicable: { '1.1.1': { reason: '本市无此任务', location: loc } } }),
    });
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable', reason: '本市无此任务', earned: 0, uplift: 0 });
    expect(r.outcomes[0]?.gap?.text).toBe('不适用：本市无此任务');
    // 76 earned of 95 applicable = 80 of 100.
    expect(r.summary.score).toBe(80);
    expect(r.summary.verdict).toBe('pass');
    expect(r.areas).toEqual([
      { id: '1', title: '板块一', score: 76, total: 76 },
      { id: '2', title: '板块二', score: 0, total: 19 },
    ]);
  });

  it('a waiver counts as earned in score, as the data says in scoreWithoutWaivers; region waivers stay local', () => {
    const p = pack([item('1.1.1', ge90, { scope: 'district', points: 20 }), item('2.1.1', ge90, { points: 80 })]);
    const r = run(p, [rec('1.1.1', 2020, 50, '柯城区'), rec('1.1.1', 2020, 50, '江山市'), rec('2.1.1', 2020, 90)], {
      profile: profile({
        waivers: [
          { item: '1.1.1', region: '柯城区', reason: '受灾', approver: '市政府', expires: '2020-12-31', location: loc },
        ],
      }),
    });
    const [kecheng, jiangshan] = r.outcomes;
    expect(kecheng).toMatchObject({
      status: 'waived',
      earned: 10,
      uplift: 0,
      waiver: { approver: '市政府', expires: '2020-12-31', evaluated: 'fail' },
    });
    expect(kecheng?.gap?.text).toBe('已豁免（批准：市政府，有效期至 2020-12-31）；还差 40 个百分点');
    expect(jiangshan).toMatchObject({ status: 'fail', earned: 0, uplift: 10, points: 10 });
    expect(r.summary.score).toBe(90);
    expect(r.summary.scoreWithoutWaivers).toBe(80);
    expect(r.summary.counts).toEqual({ pass: 1, fail: 1, missing: 0, invalid: 0, 'not-applicable': 0, waived: 1 });
  });

  it('a waiver for all regions covers every region', () => {
    const p = pack([item('1.1.1', ge90, { scope: 'all' })]);
    const r = run(p, [], {
      profile: profile({
        waivers: [{ item: '1.1.1', reason: 'x', approver: 'y', expires: '2020-12-31', location: loc }],
      }),
    });
    expect(r.outcomes.map((o) => o.status)).toEqual(['waived', 'waived', 'waived']);
    expect(r.outcomes[0]?.waiver?.evaluated).toBe('missing');
  });

  it('an expired waiver is a problem at the waiver, and the item is evaluated normally', () => {
    const p = pack([item('1.1.1', ge90)]);
    const r = run(p, [rec('1.1.1', 2020, 50)], {
      today: '2021-01-05',
      profile: profile({
        waivers: [{ item: '1.1.1', reason: 'x', approver: 'y', expires: '2020-12-31', location: loc }],
      }),
    });
    expect(r.outcomes[0]?.status).toBe('fail');
    expect(r.problems).toMatchObject([{ code: 'waiver-expired', severity: 'warning', location: loc }]);
    expect(r.problems[0]?.message).toContain('2020-12-31');
  });

  it('a waiver expiring today is still valid', () => {
    const r = run(pack([item('1.1.1', ge90)]), [], {
      today: '2020-12-31',
      profile: profile({
        waivers: [{ item: '1.1.1', reason: 'x', approver: 'y', expires: '2020-12-31', location: loc }],
      }),
    });
    expect(r.outcomes[0]?.status).toBe('waived');
  });
});

describe('district points', () => {
  it('are shared by the regions: 1 of 2 districts passing earns half', () => {
    const p = pack([item('1.1.1', ge90, { scope: 'district', points: 30 }), item('2.1.1', ge90, { points: 70 })]);
    const r = run(p, [rec('1.1.1', 2020, 95, '柯城区'), rec('1.1.1', 2020, 85, '江山市'), rec('2.1.1', 2020, 95)]);
    expect(r.outcomes.map((o) => [o.region, o.points, o.earned, o.uplift])).toEqual([
      ['柯城区', 15, 15, 0],
      ['江山市', 15, 0, 15],
      ['衢州市', 70, 70, 0],
    ]);
    expect(r.summary.score).toBe(85);
  });

  it('thirds do not leave float noise in the score', () => {
    const p = pack([item('1.1.1', ge90, { scope: 'district', points: 10 }), item('2.1.1', ge90, { points: 90 })], {});
    const three = { profile: profile({ districts: ['柯城区', '江山市', '开化县'] }) };
    const r = run(
      p,
      [
        rec('1.1.1', 2020, 95, '柯城区'),
        rec('1.1.1', 2020, 95, '江山市'),
        rec('1.1.1', 2020, 95, '开化县'),
        rec('2.1.1', 2020, 95),
      ],
      three,
    );
    expect(r.summary.score).toBe(100);
    expect(r.outcomes[0]?.points).toBe(3.33);
  });
});

describe('scope all: the city-wide figure carries the points', () => {
  // 10 points for the item judged on the city and its two counties, 90 for another city item that passes.
  const p = pack([item('1.1.1', ge90, { scope: 'all', points: 10 }), item('2.1.1', ge90, { points: 90 })]);
  const other = rec('2.1.1', 2020, 95);
  it.each([
    {
      name: 'city met, one county not: the item earns its whole points',
      city: 95,
      kecheng: 95,
      jiangshan: 85,
      score: 100,
      earned: [10, 0, 0],
      uplift: [0, 0, 0],
    },
    {
      name: 'city not met, counties met: the item earns nothing, passing adds its whole points',
      city: 85,
      kecheng: 95,
      jiangshan: 95,
      score: 90,
      earned: [0, 0, 0],
      uplift: [10, 0, 0],
    },
    {
      name: 'every figure met',
      city: 95,
      kecheng: 95,
      jiangshan: 95,
      score: 100,
      earned: [10, 0, 0],
      uplift: [0, 0, 0],
    },
    {
      name: 'city missing, counties filled: nothing earned',
      city: null,
      kecheng: 95,
      jiangshan: 95,
      score: 90,
      earned: [0, 0, 0],
      uplift: [10, 0, 0],
    },
  ])('$name', ({ city, kecheng, jiangshan, score, earned, uplift }) => {
    const data = [rec('1.1.1', 2020, kecheng, '柯城区'), rec('1.1.1', 2020, jiangshan, '江山市'), other];
    if (city !== null) data.push(rec('1.1.1', 2020, city));
    const r = run(p, data);
    const rows = r.outcomes.filter((o) => o.item === '1.1.1');
    expect(rows.map((o) => o.region)).toEqual(['衢州市', '柯城区', '江山市']);
    expect(rows.map((o) => o.earned)).toEqual(earned);
    expect(rows.map((o) => o.uplift)).toEqual(uplift);
    expect(rows.map((o) => o.points)).toEqual([10, 0, 0]);
    expect(rows.map((o) => o.pointsCarriedBy)).toEqual([undefined, '衢州市', '衢州市']);
    expect(r.summary.score).toBe(score);
    expect(r.summary.counts.pass + r.summary.counts.fail + r.summary.counts.missing).toBe(4);
  });

  it('a missing city figure says that the counties reported theirs', () => {
    const r = run(p, [rec('1.1.1', 2020, 95, '柯城区'), rec('1.1.1', 2020, 95, '江山市'), other]);
    const city = r.outcomes.find((o) => o.item === '1.1.1' && o.region === '衢州市');
    expect(city?.status).toBe('missing');
    expect(city?.reason).toBe('未填报（2020 年）；2 个县（市、区）已填 2020 年数据，全市数值须另行填报（地区填市名）');
    expect(city?.gap?.text).toBe(city?.reason);
  });

  it('county outcomes say in the computation that the city-wide figure carries the points', () => {
    const r = run(p, [rec('1.1.1', 2020, 85, '柯城区'), other], { tr: en });
    const county = r.outcomes.find((o) => o.region === '柯城区');
    expect(county?.steps.at(-1)).toBe(
      "the item's 10 points go by the city-wide figure (衢州市); " +
        "this region's figure is its share of the task, counted but not scored on its own",
    );
  });
});

describe('exact score sums', () => {
  it('79.3 + 0.6 + 0.1 points reach the pass line of 80 (floats would give 79.99999999999999)', () => {
    const p = pack([
      item('1.1.1', ge90, { points: 79.3 }),
      item('1.2.1', ge90, { points: 0.6 }),
      item('1.3.1', ge90, { points: 0.1 }),
      item('2.1.1', ge90, { points: 20 }),
    ]);
    const r = run(p, [rec('1.1.1', 2020, 95), rec('1.2.1', 2020, 95), rec('1.3.1', 2020, 95), rec('2.1.1', 2020, 5)]);
    expect(r.summary).toMatchObject({ score: 80, verdict: 'pass', grade: 'B' });
  });

  it('a score just under the pass line is shown rounded down, so it never reads 80 and fails', () => {
    // 79 + 2/3 of 1 point = 79.666…: shown 79.66, not 79.67, and below the pass line.
    const p = pack([
      item('1.1.1', ge90, { points: 79 }),
      item('1.2.1', ge90, { scope: 'district', points: 1 }),
      item('2.1.1', ge90, { points: 20 }),
    ]);
    const three = { profile: profile({ districts: ['柯城区', '江山市', '开化县'] }) };
    const r = run(
      p,
      [
        rec('1.1.1', 2020, 95),
        rec('1.2.1', 2020, 95, '江山市'),
        rec('1.2.1', 2020, 95, '柯城区'),
        rec('2.1.1', 2020, 5),
      ],
      three,
    );
    expect(r.summary).toMatchObject({ score: 79.66, verdict: 'fail', grade: 'C' });
    expect(r.areas[0]).toEqual({ id: '1', title: '板块一', score: 79.66, total: 80 });
  });
});

describe('grade, veto and verdict', () => {
  const veto = item(
    '2.1.1',
    { kind: 'events', op: '==', value: '0' },
    { measure: { kind: 'events', unit: '起' }, points: 0, veto: true },
  );
  const items = [item('1.1.1', ge90, { points: 80 }), item('1.2.1', ge90, { points: 20 }), veto];
  it.each([
    {
      name: 'score ≥ pass, veto clear: pass, grade from score',
      data: { '1.1.1': 95, '1.2.1': 95, '2.1.1': 0 },
      score: 100,
      grade: 'A',
      verdict: 'pass',
      vetoFailed: [],
    },
    {
      name: 'exactly the pass line passes',
      data: { '1.1.1': 95, '1.2.1': 50, '2.1.1': 0 },
      score: 80,
      grade: 'B',
      verdict: 'pass',
      vetoFailed: [],
    },
    {
      name: 'below the pass line fails',
      data: { '1.1.1': 50, '1.2.1': 95, '2.1.1': 0 },
      score: 20,
      grade: 'D',
      verdict: 'fail',
      vetoFailed: [],
    },
    {
      name: 'a failed veto fails with grade D whatever the score',
      data: { '1.1.1': 95, '1.2.1': 95, '2.1.1': 1 },
      score: 100,
      grade: 'D',
      verdict: 'fail',
      vetoFailed: ['2.1.1'],
    },
    {
      name: 'a missing veto figure is undetermined, not triggered: verdict 待定, grade from the score',
      data: { '1.1.1': 95, '1.2.1': 95 },
      score: 100,
      grade: 'A',
      verdict: 'undetermined',
      vetoFailed: [],
      vetoUndetermined: ['2.1.1'],
    },
    {
      name: 'an unreadable veto figure is undetermined too',
      data: { '1.1.1': 95, '1.2.1': 95, '2.1.1': { invalid: '#DIV/0!' } },
      score: 100,
      grade: 'A',
      verdict: 'undetermined',
      vetoFailed: [],
      vetoUndetermined: ['2.1.1'],
    },
    {
      name: 'below the pass line with the veto undetermined fails anyway',
      data: { '1.1.1': 50, '1.2.1': 95 },
      score: 20,
      grade: 'D',
      verdict: 'fail',
      vetoFailed: [],
      vetoUndetermined: ['2.1.1'],
    },
  ])('$name', ({ data, score, grade, verdict, vetoFailed, vetoUndetermined = [] }) => {
    const r = run(
      pack(items),
      Object.entries(data).map(([id, v]) => rec(id, 2020, v as Cell)),
    );
    expect(r.summary).toMatchObject({ score, total: 100, grade, verdict, vetoFailed, vetoUndetermined });
  });

  describe('a veto item judged on the city-wide figure (scope all)', () => {
    const vetoAll = item(
      '2.1.1',
      { kind: 'events', op: '==', value: '0' },
      { measure: { kind: 'events', unit: '起' }, points: 0, veto: true, scope: 'all' },
    );
    it.each([
      {
        name: 'city 0, counties blank: not blocked (blank county rows are missing rows)',
        city: 0,
        kecheng: null,
        jiangshan: undefined,
        verdict: 'pass',
        vetoFailed: [],
        vetoUndetermined: [],
      },
      {
        name: 'city 0, an incident in a county: triggered for the city',
        city: 0,
        kecheng: 1,
        jiangshan: 0,
        verdict: 'fail',
        vetoFailed: ['2.1.1'],
        vetoUndetermined: [],
      },
      {
        name: 'city blank, an incident in a county: triggered whatever the city cell says',
        city: null,
        kecheng: 1,
        jiangshan: 0,
        verdict: 'fail',
        vetoFailed: ['2.1.1'],
        vetoUndetermined: [],
      },
      {
        name: 'city blank, counties 0: undetermined (the city-wide figure is what is judged)',
        city: null,
        kecheng: 0,
        jiangshan: 0,
        verdict: 'undetermined',
        vetoFailed: [],
        vetoUndetermined: ['2.1.1'],
      },
    ])('$name', ({ city, kecheng, jiangshan, verdict, vetoFailed, vetoUndetermined }) => {
      const data = [rec('1.1.1', 2020, 95), rec('1.2.1', 2020, 95), rec('2.1.1', 2020, city)];
      if (kecheng !== undefined) data.push(rec('2.1.1', 2020, kecheng, '柯城区'));
      if (jiangshan !== undefined) data.push(rec('2.1.1', 2020, jiangshan, '江山市'));
      const r = run(pack([items[0]!, items[1]!, vetoAll]), data);
      expect(r.summary).toMatchObject({ verdict, vetoFailed, vetoUndetermined });
      expect(r.summary.grade).toBe(vetoFailed.length ? 'D' : 'A');
    });

    it.each([
      { name: 'city 0', city: 0 as number | null, status: 'fail', gap: '柯城区报告发生事件，一票否决已触发' },
      {
        name: 'city blank',
        city: null,
        status: 'fail',
        gap: '未填报（2020 年，单元格为空）；2 个县（市、区）已填 2020 年数据，全市数值须另行填报（地区填市名）；柯城区报告发生事件，一票否决已触发',
      },
    ])("an incident in a county fails the city's row too, saying where ($name)", ({ city, status, gap }) => {
      const r = run(pack([items[0]!, items[1]!, vetoAll]), [
        rec('1.1.1', 2020, 95),
        rec('1.2.1', 2020, 95),
        rec('2.1.1', 2020, city),
        rec('2.1.1', 2020, 1, '柯城区'),
        rec('2.1.1', 2020, 0, '江山市'),
      ]);
      const cityOutcome = r.outcomes.find((o) => o.item === '2.1.1' && o.region === '衢州市')!;
      expect(cityOutcome.status).toBe(status);
      expect(cityOutcome.gap?.text).toBe(gap);
      expect(cityOutcome.gap?.text).not.toContain('无法判定');
      expect(r.summary).toMatchObject({ verdict: 'fail', vetoFailed: ['2.1.1'], vetoUndetermined: [], grade: 'D' });
    });

    it('the gap of the undetermined city figure says so, and county gaps do not', () => {
      const r = run(pack([items[0]!, items[1]!, vetoAll]), [
        rec('1.1.1', 2020, 95),
        rec('1.2.1', 2020, 95),
        rec('2.1.1', 2020, 0, '柯城区'),
      ]);
      const gaps = r.outcomes.filter((o) => o.item === '2.1.1').map((o) => [o.region, o.gap?.text]);
      expect(gaps).toEqual([
        [
          '衢州市',
          '未填报（2020 年）；1 个县（市、区）已填 2020 年数据，全市数值须另行填报（地区填市名）；否决项缺数据，无法判定',
        ],
        ['柯城区', undefined],
        ['江山市', '未填报（2020 年）'],
      ]);
    });
  });

  it('with scoring.veto "fail" a failed veto keeps the grade of the score but fails the verdict', () => {
    const p = pack(items, {
      scoring: {
        total: 100,
        pass: 80,
        grades: [
          { min: 90, grade: 'A' },
          { min: 0, grade: 'D' },
        ],
        veto: 'fail',
      },
    });
    const r = run(p, [rec('1.1.1', 2020, 95), rec('1.2.1', 2020, 95), rec('2.1.1', 2020, 2)]);
    expect(r.summary).toMatchObject({ grade: 'A', verdict: 'fail', vetoFailed: ['2.1.1'] });
  });
});

describe('evidence', () => {
  const it1 = item('1.1.1', yes, { measure: { kind: 'yes-no' }, minEvidence: 1 });
  it('a yes without the required evidence fails with an evidence gap', () => {
    const r = run(pack([it1]), [rec('1.1.1', 2020, true)]);
    expect(r.outcomes[0]?.status).toBe('fail');
    expect(r.outcomes[0]?.gap?.text).toBe('缺少佐证材料（须至少 1 份，已列 0 份）');
    // The report can tell that the answer itself met the target (the matrix shows 是（缺佐证）).
    expect(r.outcomes[0]?.evidence?.shortfall).toBe('too-few');
  });
  it('with evidence listed and no --evidence-dir it passes and says files were not verified', () => {
    const r = run(pack([it1]), [rec('1.1.1', 2020, true, '衢州市', ['会议纪要.pdf'])]);
    expect(r.outcomes[0]?.status).toBe('pass');
    expect(r.outcomes[0]?.evidence).toEqual({
      listed: ['会议纪要.pdf'],
      required: 1,
      verified: false,
      missingFiles: [],
    });
    expect(r.outcomes[0]?.steps.join('\n')).toContain('未核验佐证文件是否存在');
  });
  it('with --evidence-dir every listed file must exist; the missing ones are named', () => {
    const evidenceDir = { shown: '佐证/', exists: (f: string) => f === '会议纪要.pdf' };
    const r = run(pack([it1]), [rec('1.1.1', 2020, true, '衢州市', ['会议纪要.pdf', '通知.pdf'])], { evidenceDir });
    expect(r.outcomes[0]?.status).toBe('fail');
    expect(r.outcomes[0]?.gap?.text).toBe('佐证材料文件夹“佐证/”中找不到：通知.pdf');
    expect(r.outcomes[0]?.evidence).toMatchObject({
      verified: true,
      missingFiles: ['通知.pdf'],
      shortfall: 'files-missing',
    });
  });
  it('a "no" keeps its own gap even without evidence', () => {
    const r = run(pack([it1]), [rec('1.1.1', 2020, false)]);
    expect(r.outcomes[0]?.gap?.text).toBe('填报为“否”，须为“是”');
    expect(r.outcomes[0]?.evidence?.shortfall).toBeUndefined();
  });
});

describe('report', () => {
  it('carries inputs, problems sorted, pack and tool; English words with an English translator', () => {
    const p = pack([item('1.1.1', ge90)]);
    const problem = { code: 'x', severity: 'warning' as const, message: 'm', location: { file: 'b.csv', line: 2 } };
    const problem2 = { ...problem, location: { file: 'a.csv', line: 9 } };
    const r = evaluate({
      pack: p,
      profile: profile(),
      dataset: dataset([rec('1.1.1', 2020, 88.5)], {
        inputs: [{ path: 'a.csv', sha256: 'ab', kind: 'csv' }],
        problems: [problem, problem2],
      }),
      year: 2020,
      today: '2020-01-01',
      tool: { name: 'qcc', version: '1.2.3' },
      tr: en,
    });
    expect(r.schema).toBe('qcc/report@1');
    expect(r.inputs).toEqual([{ path: 'a.csv', sha256: 'ab', kind: 'csv' }]);
    expect(r.problems.map((x) => x.location.file)).toEqual(['a.csv', 'b.csv']);
    expect(r.outcomes[0]?.gap?.text).toBe('1.5 percentage points short');
    expect(r.tool.version).toBe('1.2.3');
  });

  it('is the same for the same input', () => {
    const p = pack([item('1.1.1', ge90, { scope: 'all' })]);
    const records = [rec('1.1.1', 2020, 95), rec('1.1.1', 2020, 80, '江山市')];
    expect(JSON.stringify(run(p, records))).toBe(JSON.stringify(run(p, records)));
  });
});

describe('benchmarks', () => {
  const bench = item('1.1.1', { kind: 'benchmark', op: '<', benchmark: 'nat' });
  it("a value from the data files overrides the pack's for the same year, and is among the records used", () => {
    const location = { file: '基准值.csv', line: 2 };
    const r = run(pack([bench]), [rec('1.1.1', 2020, 0.22)], {
      dataset: dataset([rec('1.1.1', 2020, 0.22)], {
        benchmarks: [{ benchmark: 'nat', year: 2020, value: '0.2', location }],
      }),
    });
    expect(r.outcomes[0]?.status).toBe('fail');
    expect(r.outcomes[0]?.records.map((x) => x.location)).toContainEqual(location);
  });
  it('no value for the evaluation year is missing, saying which benchmark and year', () => {
    const r = run(pack([bench]), [rec('1.1.1', 2021, 0.1)], { year: 2021 });
    expect(r.outcomes[0]?.status).toBe('missing');
    expect(r.outcomes[0]?.gap?.text).toBe('缺少 2021 年全国平均，请在“基准值”表中填入');
    expect(r.outcomes[0]?.missingBenchmarks).toEqual(['全国平均']);
  });
  it('a target made of parts is missing its benchmark only when no part lacks the data itself', () => {
    const both = item('1.1.1', {
      kind: 'all',
      all: [
        { kind: 'compare', op: '>', value: '0' },
        { kind: 'benchmark', op: '<', benchmark: 'nat' },
      ],
    });
    const r = run(pack([both]), [rec('1.1.1', 2021, 0.1)], { year: 2021 });
    expect([r.outcomes[0]?.status, r.outcomes[0]?.missingBenchmarks]).toEqual(['missing', ['全国平均']]);
    const trend = item('1.1.1', {
      kind: 'all',
      all: [
        { kind: 'trend', trend: 'falling', years: 2 },
        { kind: 'benchmark', op: '<', benchmark: 'nat' },
      ],
    });
    const lacking = run(pack([trend]), [rec('1.1.1', 2021, 0.1)], { year: 2021 });
    expect([lacking.outcomes[0]?.status, lacking.outcomes[0]?.missingBenchmarks]).toEqual(['missing', undefined]);
  });
});

describe('profile without districts', () => {
  it('district items have no outcomes and a warning says so', () => {
    const r = run(pack([item('1.1.1', { kind: 'compare', op: '>=', value: '90' }, { scope: 'district' })]), [], {
      profile: profile({ districts: [] }),
    });
    expect(r.outcomes).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['profile-no-districts', 'warning']]);
  });
});
