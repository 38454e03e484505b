// Each target kind against its boundaries: equal, just below, just above, missing, blank, invalid; one table per kind.
import { describe, expect, it } from 'vitest';
import type { Target, TargetKind } from '../../src/model/index.js';
import { item, pack, profile, rec, run, type Cell } from './helpers.js';

/** A component item 1.1.2 (part_of 1.1.1) that an item reference reads: a pass rate in %, with its own target. */
interface Component {
  target: Target;
  /** The target the profile's overrides set for it. */
  override?: Target;
  data: Record<number, Cell>;
}

interface Case<K extends TargetKind = TargetKind> {
  name: string;
  target: Extract<Target, { kind: K }>;
  /** Year → cell; absent years have no record. */
  data: Record<number, Cell>;
  status: string;
  gap?: string;
  amount?: string;
  measure?: 'rate' | 'rank' | 'grade' | 'yes-no' | 'events' | 'count';
  unit?: string;
  component?: Component;
  /** A step the computation must show. */
  step?: string;
  /** The target in words, as reports and the template show it. */
  describes?: string;
  /** The figure shown as 现状. */
  value?: string;
}

function check(c: Case) {
  const it1 = item('1.1.1', c.target, {
    measure: { kind: c.measure ?? 'rate', ...(c.unit === undefined ? { unit: '%' } : c.unit ? { unit: c.unit } : {}) },
  });
  const records = Object.entries(c.data).map(([y, v]) => rec('1.1.1', Number(y), v));
  const items = [it1];
  const overrides: Parameters<typeof profile>[0] = { overrides: {} };
  if (c.component) {
    const { target, override, data } = c.component;
    items.push(item('1.1.2', target, { title: '出口食品检验合格率', points: 0, partOf: '1.1.1' }));
    Object.entries(data).forEach(([y, v]) => records.push(rec('1.1.2', Number(y), v)));
    const location = { file: 'qcc.yaml', line: 1, column: 1 };
    if (override) overrides.overrides = { '1.1.2': { target: override, reason: '测试', location } };
  }
  const report = run(pack(items), records, { profile: profile(overrides) });
  // A component has no outcome of its own: the one outcome is the referring item's.
  expect(report.outcomes.map((o) => o.item)).toEqual(['1.1.1']);
  const outcome = report.outcomes[0];
  expect(outcome?.status).toBe(c.status);
  if (c.gap !== undefined) expect(outcome?.gap?.text).toBe(c.gap);
  if (c.amount !== undefined) expect(outcome?.gap?.amount).toBe(c.amount);
  if (c.step !== undefined) expect(outcome?.steps).toContain(c.step);
  if (c.describes !== undefined) expect(outcome?.target.text).toBe(c.describes);
  if (c.value !== undefined) expect(outcome?.value).toBe(c.value);
  if (c.status !== 'pass') expect(outcome?.gap?.text).toBeTruthy();
  else expect(outcome?.gap).toBeUndefined();
}

const ge98: Case<'compare'>['target'] = { kind: 'compare', op: '>=', value: '98' };
const gt98: Case<'compare'>['target'] = { kind: 'compare', op: '>', value: '98' };
const lt: Case<'compare'>['target'] = { kind: 'compare', op: '<', value: '0.5' };
const eq100: Case<'compare'>['target'] = { kind: 'compare', op: '==', value: '100' };
const ge90: Target = { kind: 'compare', op: '>=', value: '90' };
/** The plan's 三(四)1: at least one zone, or the export food pass rate (component 1.1.2) meets its target. */
const zoneOrRate: Case<'any'>['target'] = {
  kind: 'any',
  any: [
    { kind: 'compare', op: '>=', value: '1' },
    { kind: 'item', item: '1.1.2' },
  ],
};

/** At least one case for every kind: a kind added to the model without a table here does not compile. */
const tables: { [K in TargetKind]: [Case<K>, ...Case<K>[]] } = {
  compare: [
    { name: 'equal to >= passes', target: ge98, data: { 2020: 98 }, status: 'pass' },
    { name: '"98.0" read as text equals 98', target: ge98, data: { 2020: '98.0' }, status: 'pass' },
    {
      name: 'just below >= fails by the exact distance',
      target: ge98,
      data: { 2020: 97.99 },
      status: 'fail',
      gap: '还差 0.01 个百分点',
      amount: '0.01',
    },
    {
      name: '1.5 points short',
      target: ge98,
      data: { 2020: 96.5 },
      status: 'fail',
      gap: '还差 1.5 个百分点',
      amount: '1.5',
    },
    { name: 'just above >= passes', target: ge98, data: { 2020: 98.01 }, status: 'pass' },
    {
      name: 'equal to > fails',
      target: gt98,
      data: { 2020: 98 },
      status: 'fail',
      gap: '须高于 98%，目前持平',
      amount: '0',
    },
    { name: 'just above > passes', target: gt98, data: { 2020: 98.001 }, status: 'pass' },
    { name: '< with equal value fails', target: lt, data: { 2020: 0.5 }, status: 'fail', gap: '须低于 0.5%，目前持平' },
    {
      name: '< just above fails as over',
      target: lt,
      data: { 2020: 0.52 },
      status: 'fail',
      gap: '超出 0.02 个百分点',
      amount: '0.02',
    },
    { name: '< just below passes', target: lt, data: { 2020: 0.49 }, status: 'pass' },
    { name: '== 100 with 99.5', target: eq100, data: { 2020: 99.5 }, status: 'fail', gap: '还差 0.5 个百分点' },
    { name: '== 100 with 100', target: eq100, data: { 2020: 100 }, status: 'pass' },
    {
      name: 'no record is missing, saying the year',
      target: ge98,
      data: {},
      status: 'missing',
      gap: '未填报（2020 年）',
    },
    {
      name: 'no record, other years on file: says what is there',
      target: ge98,
      data: { 2019: 99 },
      status: 'missing',
      gap: '未填报（2020 年）；已有 2019 年 99%',
    },
    {
      name: 'a blank cell, three other years on file: the latest two and how many',
      target: ge98,
      data: { 2020: null, 2017: 97.5, 2018: 98.7, 2019: 99 },
      status: 'missing',
      gap: '未填报（2020 年，单元格为空）；已有 2019 年 99%、2018 年 98.7% 等 3 个年度的数据',
    },
    {
      name: 'other years that are blank or unreadable are not named',
      target: ge98,
      data: { 2019: null, 2018: { invalid: '#DIV/0!' } },
      status: 'missing',
      gap: '未填报（2020 年）',
    },
    {
      name: 'a blank cell is missing',
      target: ge98,
      data: { 2020: null },
      status: 'missing',
      gap: '未填报（2020 年，单元格为空）',
    },
    {
      name: 'a placeholder is missing, and named',
      target: ge98,
      data: { 2020: '—' },
      status: 'missing',
      gap: '未填报（2020 年，填的是占位符“—”）',
    },
    {
      name: 'an error cell is invalid',
      target: ge98,
      data: { 2020: { invalid: '#DIV/0!' } },
      status: 'invalid',
      gap: '数据无法识别（2020 年：#DIV/0!）',
    },
    { name: 'text where a number is needed is invalid', target: ge98, data: { 2020: '很好' }, status: 'invalid' },
    {
      name: 'a unit other than % reads after a space',
      target: { kind: 'compare', op: '>=', value: '60' },
      data: { 2020: 58 },
      unit: '万平方米',
      measure: 'count',
      status: 'fail',
      gap: '还差 2 万平方米',
    },
  ],
  between: [
    {
      name: 'at the minimum passes',
      target: { kind: 'between', min: '98', max: '100' },
      data: { 2020: 98 },
      status: 'pass',
    },
    {
      name: 'at the maximum passes',
      target: { kind: 'between', min: '98', max: '100' },
      data: { 2020: 100 },
      status: 'pass',
    },
    {
      name: 'just inside the maximum passes',
      target: { kind: 'between', min: '98', max: '100' },
      data: { 2020: 99.99 },
      status: 'pass',
    },
    {
      name: 'just below the minimum',
      target: { kind: 'between', min: '98', max: '100' },
      data: { 2020: 97.9 },
      status: 'fail',
      gap: '还差 0.1 个百分点',
    },
    {
      name: 'just above the maximum',
      target: { kind: 'between', min: '60', max: '80' },
      data: { 2020: 80.5 },
      status: 'fail',
      gap: '超出 0.5 个百分点',
    },
    { name: 'missing', target: { kind: 'between', min: '60', max: '80' }, data: {}, status: 'missing' },
    {
      name: 'invalid',
      target: { kind: 'between', min: '60', max: '80' },
      data: { 2020: { invalid: '#VALUE!' } },
      status: 'invalid',
    },
  ],
  benchmark: [
    {
      name: 'below the same year passes',
      target: { kind: 'benchmark', op: '<', benchmark: 'nat' },
      data: { 2020: 0.24 },
      status: 'pass',
    },
    {
      name: 'equal to < fails',
      target: { kind: 'benchmark', op: '<', benchmark: 'nat' },
      data: { 2020: 0.25 },
      status: 'fail',
      gap: '与全国平均持平',
    },
    {
      name: 'above fails, saying by how much',
      target: { kind: 'benchmark', op: '<', benchmark: 'nat' },
      data: { 2020: 0.27 },
      status: 'fail',
      gap: '比全国平均高 0.02 个百分点',
      amount: '0.02',
    },
    {
      name: 'uses the same year (2019 value would pass)',
      target: { kind: 'benchmark', op: '<=', benchmark: 'nat' },
      data: { 2020: 0.28 },
      status: 'fail',
    },
    { name: 'missing record', target: { kind: 'benchmark', op: '<', benchmark: 'nat' }, data: {}, status: 'missing' },
    {
      name: 'invalid record',
      target: { kind: 'benchmark', op: '<', benchmark: 'nat' },
      data: { 2020: { invalid: 'x' } },
      status: 'invalid',
    },
  ],
  trend: [
    {
      name: 'flat then up is non-decreasing',
      target: { kind: 'trend', trend: 'non-decreasing', years: 3 },
      data: { 2018: 1, 2019: 1, 2020: 1.2 },
      status: 'pass',
      describes: '近 3 年逐年不下降（稳步提高）',
    },
    {
      name: 'over two years it is one step, said as such: not above the year before',
      target: { kind: 'trend', trend: 'non-increasing', years: 2 },
      data: { 2019: 40, 2020: 40 },
      status: 'pass',
      describes: '不高于上年',
    },
    {
      name: 'a fall fails, naming the years',
      target: { kind: 'trend', trend: 'non-decreasing', years: 3 },
      data: { 2018: 1, 2019: 2.0, 2020: 1.2 },
      status: 'fail',
      gap: '2019→2020 下降 0.8 个百分点',
      amount: '0.8',
    },
    {
      name: 'rising: flat fails',
      target: { kind: 'trend', trend: 'rising', years: 2 },
      data: { 2019: 5, 2020: 5 },
      status: 'fail',
      gap: '2019→2020 持平',
    },
    {
      name: 'rising: up passes',
      target: { kind: 'trend', trend: 'rising', years: 2 },
      data: { 2019: 5, 2020: 5.01 },
      status: 'pass',
    },
    {
      name: 'falling: up fails',
      target: { kind: 'trend', trend: 'falling', years: 2 },
      data: { 2019: 5, 2020: 5.5 },
      status: 'fail',
      gap: '2019→2020 上升 0.5 个百分点',
    },
    {
      name: 'non-increasing: flat passes',
      target: { kind: 'trend', trend: 'non-increasing', years: 3 },
      data: { 2018: 3, 2019: 3, 2020: 3 },
      status: 'pass',
    },
    {
      name: 'only years up to the evaluation year count',
      target: { kind: 'trend', trend: 'rising', years: 2 },
      data: { 2019: 1, 2020: 2, 2021: 0 },
      status: 'pass',
    },
    {
      name: 'a missing year is missing, saying which',
      target: { kind: 'trend', trend: 'non-decreasing', years: 3 },
      data: { 2018: 1, 2020: 2 },
      status: 'missing',
      gap: '缺少 2019 年的数据，无法判断趋势',
    },
    {
      name: 'an invalid year is invalid',
      target: { kind: 'trend', trend: 'non-decreasing', years: 3 },
      data: { 2018: 1, 2019: { invalid: '#N/A' }, 2020: 2 },
      status: 'invalid',
    },
  ],
  rank: [
    {
      name: 'equal to top passes',
      target: { kind: 'rank', top: 10, cohort: '' },
      measure: 'rank',
      unit: '位',
      data: { 2020: 10 },
      status: 'pass',
    },
    {
      name: 'just below the top N fails',
      target: { kind: 'rank', top: 10, cohort: '' },
      measure: 'rank',
      unit: '位',
      data: { 2020: 11 },
      status: 'fail',
      gap: '排名第 11 位，须进入前 10 位，还差 1 位',
      amount: '1',
    },
    {
      name: 'better passes',
      target: { kind: 'rank', top: 10, cohort: '' },
      measure: 'rank',
      unit: '位',
      data: { 2020: 1 },
      status: 'pass',
    },
    {
      name: 'missing',
      target: { kind: 'rank', top: 10, cohort: '' },
      measure: 'rank',
      unit: '位',
      data: {},
      status: 'missing',
    },
    {
      name: 'invalid',
      target: { kind: 'rank', top: 10, cohort: '' },
      measure: 'rank',
      unit: '位',
      data: { 2020: '第一' },
      status: 'invalid',
    },
  ],
  grade: [
    {
      name: 'listed grade passes',
      target: { kind: 'grade', in: ['A'] },
      measure: 'grade',
      unit: '',
      data: { 2020: 'A' },
      status: 'pass',
    },
    {
      name: 'lower-case letter passes',
      target: { kind: 'grade', in: ['A'] },
      measure: 'grade',
      unit: '',
      data: { 2020: 'a' },
      status: 'pass',
    },
    {
      name: 'other grade fails',
      target: { kind: 'grade', in: ['A', '优秀'] },
      measure: 'grade',
      unit: '',
      data: { 2020: 'B' },
      status: 'fail',
      gap: '等级为 B，须为 A/优秀',
    },
    { name: 'missing', target: { kind: 'grade', in: ['A'] }, measure: 'grade', unit: '', data: {}, status: 'missing' },
    {
      name: 'blank',
      target: { kind: 'grade', in: ['A'] },
      measure: 'grade',
      unit: '',
      data: { 2020: null },
      status: 'missing',
    },
    {
      name: 'an error cell is invalid',
      target: { kind: 'grade', in: ['A'] },
      measure: 'grade',
      unit: '',
      data: { 2020: { invalid: '#N/A' } },
      status: 'invalid',
    },
  ],
  'yes-no': [
    {
      name: 'true passes',
      target: { kind: 'yes-no', equals: true },
      measure: 'yes-no',
      unit: '',
      data: { 2020: true },
      status: 'pass',
    },
    {
      name: '是 as text passes',
      target: { kind: 'yes-no', equals: true },
      measure: 'yes-no',
      unit: '',
      data: { 2020: '是' },
      status: 'pass',
    },
    {
      name: 'false fails',
      target: { kind: 'yes-no', equals: true },
      measure: 'yes-no',
      unit: '',
      data: { 2020: false },
      status: 'fail',
      gap: '填报为“否”，须为“是”',
    },
    {
      name: 'unknown word is invalid',
      target: { kind: 'yes-no', equals: true },
      measure: 'yes-no',
      unit: '',
      data: { 2020: '差不多' },
      status: 'invalid',
    },
    {
      name: 'missing',
      target: { kind: 'yes-no', equals: true },
      measure: 'yes-no',
      unit: '',
      data: {},
      status: 'missing',
    },
  ],
  events: [
    {
      name: 'zero incidents passes',
      target: { kind: 'events', op: '==', value: '0' },
      measure: 'events',
      unit: '起',
      data: { 2020: 0 },
      status: 'pass',
    },
    {
      name: 'one incident fails',
      target: { kind: 'events', op: '==', value: '0' },
      measure: 'events',
      unit: '起',
      data: { 2020: 1 },
      status: 'fail',
      gap: '超出 1 起',
      amount: '1',
    },
    {
      name: 'at most 2: 2 passes',
      target: { kind: 'events', op: '<=', value: '2' },
      measure: 'events',
      unit: '起',
      data: { 2020: 2 },
      status: 'pass',
    },
    {
      name: 'missing',
      target: { kind: 'events', op: '==', value: '0' },
      measure: 'events',
      unit: '起',
      data: {},
      status: 'missing',
    },
    {
      name: 'invalid',
      target: { kind: 'events', op: '==', value: '0' },
      measure: 'events',
      unit: '起',
      data: { 2020: { invalid: 'x' } },
      status: 'invalid',
    },
  ],
  all: [
    {
      name: 'both parts pass',
      target: {
        kind: 'all',
        all: [
          { kind: 'compare', op: '>', value: '30' },
          { kind: 'trend', trend: 'rising', years: 3 },
        ],
      },
      data: { 2018: 31, 2019: 32, 2020: 33 },
      status: 'pass',
    },
    {
      name: 'first part equal (>) fails',
      target: {
        kind: 'all',
        all: [
          { kind: 'compare', op: '>', value: '30' },
          { kind: 'trend', trend: 'rising', years: 3 },
        ],
      },
      data: { 2018: 28, 2019: 29, 2020: 30 },
      status: 'fail',
      gap: '须高于 30%，目前持平',
    },
    {
      name: 'a fail wins over a missing year',
      target: {
        kind: 'all',
        all: [
          { kind: 'compare', op: '>', value: '30' },
          { kind: 'trend', trend: 'rising', years: 3 },
        ],
      },
      data: { 2019: 20, 2020: 25 },
      status: 'fail',
      gap: '还差 5 个百分点；缺少 2018 年的数据，无法判断趋势',
    },
    {
      name: 'only a missing year: missing',
      target: {
        kind: 'all',
        all: [
          { kind: 'compare', op: '>', value: '30' },
          { kind: 'trend', trend: 'rising', years: 3 },
        ],
      },
      data: { 2019: 31, 2020: 35 },
      status: 'missing',
    },
    {
      name: 'invalid value: invalid',
      target: {
        kind: 'all',
        all: [
          { kind: 'compare', op: '>', value: '30' },
          { kind: 'trend', trend: 'rising', years: 2 },
        ],
      },
      data: { 2019: 31, 2020: { invalid: '#REF!' } },
      status: 'invalid',
    },
    {
      name: 'nested inside all: the all fails when its any fails',
      target: {
        kind: 'all',
        all: [
          { kind: 'compare', op: '<=', value: '100' },
          { kind: 'any', any: [ge98, { kind: 'trend', trend: 'rising', years: 2 }] },
        ],
      },
      data: { 2019: 96, 2020: 95 },
      status: 'fail',
      gap: '还差 3 个百分点；或2019→2020 下降 1 个百分点',
    },
  ],
  any: [
    {
      name: 'the zone route passes alone',
      target: zoneOrRate,
      measure: 'count',
      unit: '个',
      data: { 2020: 1 },
      component: { target: ge90, data: {} },
      status: 'pass',
    },
    {
      name: 'the rate route passes when the zone route fails',
      target: zoneOrRate,
      measure: 'count',
      unit: '个',
      data: { 2020: 0 },
      component: { target: ge90, data: { 2020: 90 } },
      status: 'pass',
    },
    {
      name: 'both routes fail: the gap names both, no single amount',
      target: zoneOrRate,
      measure: 'count',
      unit: '个',
      data: { 2020: 0 },
      component: { target: ge90, data: { 2020: 88.5 } },
      status: 'fail',
      gap: '还差 1 个；或出口食品检验合格率（1.1.2）：还差 1.5 个百分点',
    },
    {
      name: 'one route missing and one failing: missing (the figure may still come)',
      target: zoneOrRate,
      measure: 'count',
      unit: '个',
      data: { 2020: 0 },
      component: { target: ge90, data: {} },
      status: 'missing',
      gap: '还差 1 个；或出口食品检验合格率（1.1.2）：未填报（2020 年）',
    },
    {
      name: 'an unreadable route makes it invalid, not failed',
      target: zoneOrRate,
      measure: 'count',
      unit: '个',
      data: { 2020: 0 },
      component: { target: ge90, data: { 2020: { invalid: '#DIV/0!' } } },
      status: 'invalid',
    },
    {
      name: 'an unset route without an override: missing, saying the city has not set it',
      target: zoneOrRate,
      measure: 'count',
      unit: '个',
      data: { 2020: 0 },
      component: { target: { kind: 'unset', note: '由本市设定' }, data: { 2020: 99 } },
      status: 'missing',
      gap: '还差 1 个；或出口食品检验合格率（1.1.2）：本市尚未设定达标值（由本市设定）',
    },
    {
      name: "the component's override in qcc.yaml is its target",
      target: zoneOrRate,
      measure: 'count',
      unit: '个',
      data: { 2020: 0 },
      component: { target: { kind: 'unset', note: '由本市设定' }, override: ge90, data: { 2020: 90 } },
      status: 'pass',
    },
    {
      name: 'one part of one item: the first that passes is enough',
      target: { kind: 'any', any: [ge98, { kind: 'trend', trend: 'rising', years: 2 }] },
      data: { 2019: 90, 2020: 95 },
      status: 'pass',
    },
  ],
  item: [
    {
      name: "the component's own target on its own records, in its unit",
      target: { kind: 'item', item: '1.1.2' },
      measure: 'count',
      unit: '个',
      data: {},
      component: { target: ge90, data: { 2020: 90 } },
      status: 'pass',
    },
    {
      name: 'a short component: the gap names it, in its unit',
      target: { kind: 'item', item: '1.1.2' },
      measure: 'count',
      unit: '个',
      data: { 2020: 5 },
      component: { target: ge90, data: { 2020: 89 } },
      status: 'fail',
      gap: '出口食品检验合格率（1.1.2）：还差 1 个百分点',
      amount: '1',
    },
    {
      name: "the profile's override is applied",
      target: { kind: 'item', item: '1.1.2' },
      measure: 'count',
      unit: '个',
      data: {},
      component: { target: ge90, override: { kind: 'compare', op: '>=', value: '95' }, data: { 2020: 94 } },
      status: 'fail',
      gap: '出口食品检验合格率（1.1.2）：还差 1 个百分点',
      step: '自查配置为 1.1.2 设定的达标要求：≥ 95%（理由：测试）',
    },
    {
      name: 'an item the pack does not have is invalid',
      target: { kind: 'item', item: '9.9.9' },
      data: { 2020: 99 },
      status: 'invalid',
      gap: '无法读取引用的考核项 9.9.9（规则包中没有它，或引用绕回了自身）',
    },
    {
      name: 'a reference back to the item being judged is refused, not followed',
      target: { kind: 'item', item: '1.1.1' },
      data: { 2020: 99 },
      status: 'invalid',
    },
  ],
  unset: [
    {
      name: 'an unset target cannot be judged: missing, but the reported figure is shown',
      target: { kind: 'unset', note: '无公开阈值' },
      data: { 2020: 60 },
      status: 'missing',
      gap: '本市尚未设定达标值（无公开阈值）',
      value: '60',
    },
  ],
};

// Every table's cases are cases of some kind; the per-kind typing above is what the compiler checks.
for (const [kind, cases] of Object.entries(tables) as unknown as [TargetKind, Case[]][]) {
  describe(`target ${kind}`, () => {
    it.each(cases)('$name', (c) => check(c));
  });
}

describe('exact decimals', () => {
  it('0.1 + 0.2 style values compare exactly: 0.3 == 0.3 and 0.30000000000000004 is not', () => {
    check({
      name: '',
      target: { kind: 'compare', op: '<=', value: '0.3' },
      data: { 2020: 0.1 + 0.2 },
      status: 'fail',
      amount: '0.00000000000000004',
    });
    check({ name: '', target: { kind: 'compare', op: '<=', value: '0.3' }, data: { 2020: '0.3' }, status: 'pass' });
    check({ name: '', target: { kind: 'compare', op: '>=', value: '0.3' }, data: { 2020: '0.30' }, status: 'pass' });
  });
  it('a benchmark difference is exact (0.3 − 0.25 = 0.05, not 0.04999…)', () => {
    check({
      name: '',
      target: { kind: 'benchmark', op: '<', benchmark: 'nat' },
      data: { 2020: 0.3 },
      status: 'fail',
      amount: '0.05',
    });
  });
});
