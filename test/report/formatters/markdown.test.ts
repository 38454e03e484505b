// Markdown for a wiki page or pull request: pinned as a snapshot, and the gap list order checked.
import { describe, expect, it } from 'vitest';
import { formatters } from '../../../src/report/formatters/index.js';
import { context, sampleReport, sampleReportVetoBlank } from './sample.js';

const markdown = (lang: 'zh' | 'en' = 'zh', report = sampleReport()): string =>
  formatters.markdown.format(report, context(lang)) as string;

function gapRows(text: string): string[][] {
  const section = text.split('\n## ')[2] ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| 编号'))
    .map((l) => l.slice(2, -2).split(' | '));
}

describe('markdown format', () => {
  it('zh', () => {
    expect(markdown('zh')).toMatchSnapshot();
  });

  it('en', () => {
    expect(markdown('en')).toMatchSnapshot();
  });

  it('a veto item without data reads as undetermined in the summary and its gap row', () => {
    const out = markdown('zh', sampleReportVetoBlank());
    expect(out).toContain(
      '| 85 / 98 | 69 | B | **待定** | 4.1.2 负有直接监管责任的重特大质量安全事件 缺数据，无法判定（补齐数据后重新自查） |',
    );
    expect(out).toContain('未填报（2020 年）；否决项缺数据，无法判定');
  });

  it('lists the gaps veto items first, then by the points passing would add', () => {
    const rows = gapRows(markdown());
    expect(rows.map((r) => `${r[0]}@${r[2]}`)).toEqual([
      '4.1.2@衢州市',
      '4.1.1@衢州市',
      '5.1.2@衢州市',
      '1.2.1@衢州市',
      '2.1.1@衢州市',
      '3.2.1@衢州市',
      '7.2.1@衢州市',
      '6.3.2@龙游县',
      '6.3.2@常山县',
    ]);
  });

  it('says so when nothing is to be rectified', () => {
    const report = sampleReport();
    for (const o of report.outcomes) if (o.status !== 'not-applicable' && o.status !== 'waived') o.status = 'pass';
    expect(markdown('zh', report)).toContain('全部达标，没有需要整改的考核项。');
  });

  it('keeps a table intact when data text holds | and a newline', () => {
    const report = sampleReport();
    report.outcomes.find((o) => o.item === '5.1.2')!.gap = { text: 'a | b\nc' };
    const line = markdown('zh', report)
      .split('\n')
      .find((l) => l.startsWith('| 5.1.2 | 主要农产品质量安全例行监测合格率 | 衢州市'))!;
    expect(line).toContain('a \\| b c');
  });
});
