// JUnit for CI dashboards: parsed back and checked case by case.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/model/index.js';
import { formatters } from '../../../src/report/formatters/index.js';
import { context, sampleReport } from './sample.js';
import { findAll, parseXml, type XmlElement } from './xml.js';

const junit = (report: Report = sampleReport(), lang: 'zh' | 'en' = 'zh'): XmlElement =>
  parseXml(formatters.junit.format(report, context(lang)) as string);

function testcase(root: XmlElement, name: string): XmlElement {
  const found = findAll(root, 'testcase').find((c) => c.attributes.name === name);
  if (!found) throw new Error(`no testcase ${name}`);
  return found;
}

describe('junit format', () => {
  it('has one testcase per item × region, plus one per data problem', () => {
    const report = sampleReport();
    const root = junit(report);
    expect(root.name).toBe('testsuites');
    const cases = findAll(root, 'testcase');
    expect(cases).toHaveLength(report.outcomes.length + report.problems.length);
    expect(root.attributes.tests).toBe(String(cases.length));
    for (const c of cases) expect(c.attributes.time).toBe('0');
  });

  it('groups by area: the classname is the area, the name "item title @ region"', () => {
    const c = testcase(junit(), '6.3.2 农村公路竣工验收合格率 @ 龙游县');
    expect(c.attributes.classname).toBe('（6）提升工程质量');
  });

  it.each([
    ['fail', '5.1.2 主要农产品质量安全例行监测合格率 @ 衢州市', '还差 1.5 个百分点', '达标要求：≥ 96%'],
    ['missing', '2.1.1 质量强市知晓度 @ 衢州市', '未填报', '达标要求：≥ 80%'],
    ['invalid', '3.2.1 生产加工企业标准覆盖率 @ 衢州市', '数据无效', '单元格是错误值 #DIV/0!'],
    ['fail', '4.1.1 特种设备万台设备事故死亡率 @ 衢州市', '比全国平均高 0.02', '< 全国特种设备万台设备事故死亡率'],
  ])('a %s outcome is a failure carrying the gap and the target', (status, name, gap, body) => {
    const failure = testcase(junit(), name).children.find((e) => e.name === 'failure')!;
    expect(failure.attributes).toEqual({ message: gap, type: status });
    expect(failure.text).toContain(body);
  });

  it.each([
    ['not-applicable', '4.1.6 出口食品农产品质量安全示范区建设 @ 衢州市', '本市无出口食品示范区创建任务'],
    ['waived', '8.1.2 集中式饮用水水源地水质达标率 @ 开化县', '批准：市政府分管副市长，有效期至 2020-12-31'],
  ])('a %s outcome is skipped with its reason', (_status, name, message) => {
    const c = testcase(junit(), name);
    expect(c.children.map((e) => e.name)).toEqual(['skipped']);
    expect(c.children[0]!.attributes.message).toContain(message);
  });

  it('a failed veto item says that it fails the whole self-check', () => {
    const failure = testcase(junit(), '4.1.2 负有直接监管责任的重特大质量安全事件 @ 衢州市').children[0]!;
    expect(failure.text.split('\n')[0]).toBe('一票否决项：不达标时总体结论为不达标');
  });

  it('a veto item without data says that it cannot be judged, not that it failed', () => {
    const report = sampleReport();
    const veto = report.outcomes.find((o) => o.item === '4.1.2')!;
    Object.assign(veto, { status: 'missing', value: undefined, gap: { text: '未填报（2020 年）' } });
    const failure = testcase(junit(report), '4.1.2 负有直接监管责任的重特大质量安全事件 @ 衢州市').children[0]!;
    expect(failure.attributes.type).toBe('missing');
    expect(failure.text.split('\n')[0]).toBe('一票否决项缺数据，无法判定：补齐数据前总体结论为待定');
    expect(failure.text).not.toContain('不达标时');
  });

  it('a passed outcome is a plain testcase', () => {
    expect(testcase(junit(), '6.3.1 工程一次验收合格率 @ 衢州市').children).toEqual([]);
  });

  it('counts failures in all and skipped per suite (junit-10.xsd allows skipped only on a suite)', () => {
    const root = junit();
    expect(root.attributes).toEqual({
      name: '衢州市 2020 年度自查报告',
      tests: '38',
      failures: '10',
      errors: '0',
      time: '0',
    });
    const skipped = findAll(root, 'testsuite').reduce((n, s) => n + Number(s.attributes.skipped), 0);
    expect(skipped).toBe(2);
    const area6 = findAll(root, 'testsuite').find((s) => s.attributes.name === '（6）提升工程质量')!;
    expect(area6.attributes).toMatchObject({ tests: '9', failures: '2', skipped: '0' });
  });

  it('data problems of one code in one file keep distinct names: location, code and message', () => {
    const report = sampleReport();
    const at = { file: 'qcc.yaml' };
    report.problems = ['2.1.3', '2.5.2', '2.5.2'].map((item) => ({
      code: 'target-unset',
      severity: 'warning' as const,
      message: `考核项 ${item} 没有公开的达标值`,
      location: at,
    }));
    const suite = findAll(junit(report), 'testsuite').find((s) => s.attributes.name === '数据问题')!;
    expect(suite.children.map((c) => c.attributes.name)).toEqual([
      'qcc.yaml [target-unset] 考核项 2.1.3 没有公开的达标值',
      'qcc.yaml [target-unset] 考核项 2.5.2 没有公开的达标值',
      'qcc.yaml [target-unset] 考核项 2.5.2 没有公开的达标值 (2)',
    ]);
  });

  it('escapes markup in text that came from data files', () => {
    const report = sampleReport();
    const o = report.outcomes.find((x) => x.status === 'fail')!;
    o.title = 'A & B <x> "q" \u0001';
    o.gap = { text: '</failure><evil/>' };
    const c = findAll(junit(report), 'testcase').find((x) => x.attributes.name?.startsWith(`${o.item} A & B <x> "q"`));
    expect(c?.children[0]?.attributes.message).toBe('</failure><evil/>');
  });
});
