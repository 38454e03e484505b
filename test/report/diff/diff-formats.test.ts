// `qcc diff` output in each format: headline, areas, the three lists with the change of the gap.
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../../src/engine/diff.js';
import { diffFormatters } from '../../../src/report/diff/index.js';
import { en, sampleReport, tr } from '../gap-list/fixtures.js';

const diff = diffReports(sampleReport(), sampleReport('report-2020-recheck'));

describe('diff formats', () => {
  it('table: headline, areas and the three lists', () => {
    const text = diffFormatters.table.format(diff, { tr: tr });
    expect(text.split('\n').slice(0, 4)).toEqual([
      '自查对比：衢州市 2020（mini 0.1） → 衢州市 2020（mini 0.1）',
      '得分：12.32 → 13.99（+1.67）',
      '等级：D → D',
      '结论：不达标 → 不达标',
    ]);
    for (const part of [
      '新达标 2 项',
      '新不达标 1 项',
      '仍不达标 8 项',
      '缩小 1.5',
      '不达标 → 达标',
      '达标 → 不达标',
      '（6）提升工程质量',
      '-0.33',
    ])
      expect(text).toContain(part);
  });

  it.each([80, 120])('table at %i columns: a rule between two rows only where one of them wraps', (width) => {
    const lines = diffFormatters.table.format(diff, { tr, width }).split('\n');
    // A body line whose first cell is blank continues the row above it.
    const rows: { height: number; ruled: boolean }[] = [];
    let inBody = false;
    let ruled = true;
    for (const line of lines) {
      if (line.startsWith('┌') || line.startsWith('└')) {
        inBody = false;
        ruled = true;
      } else if (line.startsWith('├')) {
        if (inBody) ruled = true;
        inBody = true;
      } else if (inBody && line.startsWith('│')) {
        if (line.split('│')[1]!.trim()) rows.push({ height: 1, ruled: ruled || rows.length === 0 });
        else rows[rows.length - 1]!.height += 1;
        ruled = false;
      }
    }
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => !r.ruled).length).toBeGreaterThan(0);
    rows.forEach((row, i) => {
      const before = rows[i - 1];
      if (before && !row.ruled) expect(row.height === 1 && before.height === 1).toBe(true);
    });
  });

  it('markdown: the same content as headings and tables', () => {
    const md = diffFormatters.markdown.format(diff, { tr: tr });
    expect(md.startsWith('# 自查对比：')).toBe(true);
    expect(md).toContain('## 新达标 2 项');
    expect(md).toContain(
      '| 6.4.1 | 绿色建筑占新建建筑比重 | 衢州市 | 不达标 → 不达标 | 还差 2 个百分点 | 还差 0.5 个百分点 | 缩小 1.5 |',
    );
  });

  it('json: the Diff with sorted keys', () => {
    const parsed = JSON.parse(diffFormatters.json.format(diff));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(diff)));
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
  });

  it('speaks English with --lang en', () => {
    expect(diffFormatters.table.format(diff, { tr: en })).toContain('Newly met: 2');
  });
});
