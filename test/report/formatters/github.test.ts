// GitHub Actions annotations: one line per unmet outcome and data problem, in the order a reviewer needs.
import { describe, expect, it } from 'vitest';
import { formatters } from '../../../src/report/formatters/index.js';
import { context, sampleReport } from './sample.js';

const github = (report = sampleReport()): string[] =>
  (formatters.github.format(report, context('zh')) as string).trimEnd().split('\n');

describe('github format', () => {
  it('every line is a workflow command', () => {
    for (const line of github()) expect(line).toMatch(/^::(error|warning|notice) [^:]*::\S/);
  });

  it('puts the veto failure first, then outcomes by uplift, then data problems, then the verdict', () => {
    const lines = github();
    expect(lines[0]).toMatch(/^::error file=data\/市市场监管局\.csv,line=4,title=一票否决 4\.1\.2 /);
    expect(lines[1]).toContain('title=4.1.1 特种设备万台设备事故死亡率 @ 衢州市：不达标');
    expect(lines.at(-1)).toBe('::notice title=衢州市 2020 年度自查报告::自查结论：不达标，得分 70 / 98，等级 D');
    expect(lines.filter((l) => l.includes('title=[')).map((l) => l.slice(0, l.indexOf(' ')))).toEqual([
      '::error',
      '::warning',
      '::warning',
      '::warning',
    ]);
  });

  it.each([
    ['fail (csv: file and line)', '4.1.2', '::error file=data/市市场监管局.csv,line=4,'],
    ['fail (xlsx: file, sheet!cell in the message)', '5.1.2', '::error file=data/填报-市农业农村局.xlsx,title='],
    ['invalid', '3.2.1', '::error file=data/填报-市本级.xlsx,title='],
    ['missing without a record', '2.1.1', '::warning title='],
    [
      'missing with a placeholder cell',
      '6.3.2 农村公路竣工验收合格率 @ 常山县',
      '::warning file=data/填报-常山县.xlsx,title=',
    ],
  ])('%s', (_name, item, start) => {
    const line = github().find(
      (l) => l.includes(`title=${item} `) || l.includes(`title=${item}：`) || l.includes(`一票否决 ${item}`),
    );
    expect(line?.startsWith(start), line).toBe(true);
  });

  it('gives the xlsx sheet and cell in the message, as GitHub has no column for a cell', () => {
    const line = github().find((l) => l.includes('title=5.1.2 '))!;
    expect(line).toContain('数据位置：data/填报-市农业农村局.xlsx › 指标数据!E4');
    const problem = github().find((l) => l.includes('[value-error-cell]'))!;
    expect(problem).toContain('::指标数据!E11: ');
  });

  it('does not annotate passed, not-applicable or waived outcomes', () => {
    const text = github().join('\n');
    expect(text).not.toContain('6.3.1 ');
    expect(text).not.toContain('4.1.6 ');
    expect(text).not.toContain('@ 开化县');
  });

  it('encodes characters that would cut an annotation short', () => {
    const report = sampleReport();
    report.outcomes.find((o) => o.item === '5.1.2')!.gap = { text: '50% done\nnext, line: here' };
    const line = github(report).find((l) => l.includes('title=5.1.2 '))!;
    expect(line).toContain('::50%25 done%0Anext, line: here%0A');
  });
});
