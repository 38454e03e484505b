// The terminal table: what a person reads after `qcc check`, pinned as snapshots (colour off), and
// checked to fit the terminal with CJK text counted as two columns.
import { describe, expect, it } from 'vitest';
import { formatters } from '../../../src/report/formatters/index.js';
import { displayWidth, stripAnsi } from '../../../src/report/utils/display-width.js';
import { countyRanking, rateText } from '../../../src/report/utils/county-ranking.js';
import { context, sampleReport, sampleReportEn, sampleReportVetoBlank } from './sample.js';

const table = (lang: 'zh' | 'en' = 'zh', extra = {}): string =>
  formatters.table.format(sampleReport(), context(lang, extra)) as string;

describe('table format', () => {
  it('zh, colour off', () => {
    expect(table('zh')).toMatchSnapshot();
  });

  it('en, colour off', () => {
    expect(table('en')).toMatchSnapshot();
  });

  it('en on an English-language report, colour off', () => {
    const out = formatters.table.format(sampleReportEn(), context('en')) as string;
    expect(out).toMatchSnapshot();
    expect(Math.max(...out.split('\n').map(displayWidth))).toBeLessThanOrEqual(100);
  });

  it.each([
    ['zh at 100 columns (the default)', 'zh', undefined, 100],
    ['en at 100 columns', 'en', 100, 100],
    ['zh at 80 columns', 'zh', 80, 80],
    ['zh narrower than 80 keeps 80', 'zh', 40, 80],
    ['zh at 120 columns', 'zh', 120, 120],
  ] as const)('%s: no line is wider than the terminal', (_name, lang, width, limit) => {
    const lines = table(lang, { width }).split('\n');
    const widest = Math.max(...lines.map(displayWidth));
    expect(widest).toBeLessThanOrEqual(limit);
    expect(widest).toBeGreaterThan(limit - 10);
  });

  // Tables whose first column (编号) never wraps: a line with that cell blank continues the row above. A row of several
  // lines has a rule on both sides; two rows of one line each have none between them.
  it.each([80, 100, 200])('at %i columns rules stand only next to rows that wrap', (width) => {
    const lines = table('zh', { width }).split('\n');
    const firstCell = (line: string): string => line.split('│')[1]!.trim();
    let checked = 0;
    for (let start = 0; start < lines.length; start += 1) {
      if (!lines[start]!.startsWith('┌') || !lines[start + 1]!.startsWith('│ 编号')) continue;
      const end = lines.findIndex((l, i) => i > start && l.startsWith('└'));
      const body = lines.slice(lines.findIndex((l, i) => i > start && l.startsWith('├')) + 1, end);
      // Each row: its lines, and whether a rule stands before it.
      const rows: { height: number; ruled: boolean }[] = [];
      let ruled = true;
      for (const line of body) {
        if (line.startsWith('├')) ruled = true;
        else if (firstCell(line)) {
          rows.push({ height: 1, ruled });
          ruled = false;
        } else rows[rows.length - 1]!.height += 1;
      }
      rows.forEach((row, i) => {
        const before = rows[i - 1];
        if (before) expect(row.ruled).toBe(row.height > 1 || before.height > 1);
      });
      checked += rows.length;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('aligns CJK text: every line of a table has the same display width as its border', () => {
    const lines = table('zh').split('\n');
    let border = 0;
    for (const line of lines) {
      if (line.startsWith('┌')) border = displayWidth(line);
      if (/^[│├└]/.test(line)) expect(displayWidth(line), line).toBe(border);
    }
  });

  it('a district item gets a matrix with one column per district, in profile order', () => {
    const out = table('zh');
    const header = out.split('\n').find((l) => l.includes('柯城区') && l.includes('考核项'));
    expect(header?.replace(/[│\s]+/g, ' ').trim()).toBe('考核项 柯城区 衢江区 龙游县 江山市 常山县 开化县');
    expect(out).toMatch(/6\.3\.2 农村公路竣[^\n]*✓ 100%[^\n]*✓ 99\.1%[^\n]*✗ 96\.8%[^\n]*✓ 98%[^\n]*\?[^\n]*✓ 100%/);
  });

  it('colours statuses when colour is on, and the same text remains without codes', () => {
    const coloured = table('zh', { color: true });
    expect(coloured).toContain('\u001b[31m不达标\u001b[39m');
    expect(coloured).toContain('\u001b[32m达标\u001b[39m');
    expect(coloured).toContain('\u001b[33m缺数据\u001b[39m');
    expect(coloured).toContain('\u001b[35m数据无效\u001b[39m');
    expect(stripAnsi(coloured)).toBe(table('zh'));
  });

  it('the summary gives score, score without waivers, grade, verdict, veto failures and counts', () => {
    const out = table('zh');
    expect(out).toContain('得分：70 / 98（不计豁免 69）');
    expect(out).toContain('等级：D    结论：不达标');
    expect(out).toContain('一票否决：已触发 4.1.2 负有直接监管责任的重特大质量安全事件（衢州市）');
    expect(out).toContain('达标 23 · 不达标 6 · 缺数据 2 · 数据无效 1 · 不适用 1 · 豁免 1');
  });

  it('the summary names the items whose target the city has not set, as neither failed nor scored', () => {
    expect(table('zh')).not.toContain('目标待本市设定');
    const report = sampleReport();
    const missing = report.outcomes.find((o) => o.status === 'missing')!;
    Object.assign(missing, { target: { text: '待本市设定（没有全国统一的目标值）', kind: 'unset' } });
    const out = (formatters.table.format(report, context('zh')) as string).replace(/\n {2}/g, '');
    expect(out).toContain(`目标待本市设定：1 项（${missing.item}），不计分，结果记为“缺数据”，不是不达标；`);
    const md = formatters.markdown.format(report, context('zh')) as string;
    expect(md).toContain(`目标待本市设定：1 项（${missing.item}），不计分`);
  });

  it.each([
    {
      lang: 'zh' as const,
      verdict: '结论：待定',
      veto: '一票否决：4.1.2 负有直接监管责任的重特大质量安全事件 缺数据，无法判定（补齐数据后重新自查）',
    },
    {
      lang: 'en' as const,
      verdict: 'Verdict: UNDETERMINED',
      veto: 'Veto: 4.1.2 负有直接监管责任的重特大质量安全事件 has no data and cannot be judged',
    },
  ])('a veto item without data reads as undetermined, never as a triggered veto ($lang)', ({ lang, verdict, veto }) => {
    const out = formatters.table.format(sampleReportVetoBlank(), context(lang)) as string;
    expect(out).toContain(verdict);
    expect(out.replace(/\n {2}/g, '')).toContain(veto);
    expect(out).not.toContain('已触发');
    expect(out).not.toContain('triggered');
  });

  it('a district report on many districts splits the matrix so that it still fits', () => {
    const report = sampleReport();
    const extra = ['甲区', '乙区', '丙区', '丁区'];
    report.profile.districts.push(...extra);
    const template = report.outcomes.find((o) => o.item === '6.3.2' && o.region === '柯城区')!;
    for (const region of extra) report.outcomes.push({ ...template, region });
    const out = formatters.table.format(report, context('zh')) as string;
    expect(Math.max(...out.split('\n').map(displayWidth))).toBeLessThanOrEqual(100);
    expect(out).toContain('丁区');
  });

  it('opens with the summary: verdict, area scores and largest gaps come before the details', () => {
    const out = table('zh');
    const at = (text: string): number => out.indexOf(text);
    expect(at('总体情况')).toBeGreaterThan(0);
    expect(at('总体情况')).toBeLessThan(at('结论：不达标'));
    expect(at('结论：不达标')).toBeLessThan(at('各领域得分'));
    expect(at('各领域得分')).toBeLessThan(at('差距最大的考核项'));
    expect(at('差距最大的考核项')).toBeLessThan(at('明细'));
    // The items tables (the only ones with a 达标要求 column) are all in the details.
    expect(at('明细')).toBeLessThan(at('达标要求'));
  });

  it('the largest gaps are at most five, by uplift, largest first', () => {
    const out = table('zh');
    const part = out.slice(out.indexOf('差距最大的考核项'), out.indexOf('明细'));
    const uplifts = part
      .split('\n')
      .filter((l) => /^│ \d/.test(l))
      .map((l) => Number(l.split('│').at(-2)!.trim()));
    expect(uplifts.length).toBeGreaterThan(0);
    expect(uplifts.length).toBeLessThanOrEqual(5);
    expect(uplifts).toEqual([...uplifts].sort((a, b) => b - a));
  });

  it('--summary prints the summary and the items not met, no details or matrix', () => {
    const out = table('zh', { summary: true });
    expect(out).toContain('结论：不达标');
    expect(out).toContain('各领域得分');
    expect(out).toContain('未达标的考核项');
    expect(out).not.toContain('明细');
    expect(out).not.toContain('分地区情况');
    const report = sampleReport();
    const notMet = report.outcomes.filter((o) => ['fail', 'missing', 'invalid'].includes(o.status));
    for (const o of notMet) expect(out).toContain(o.item);
    expect(out.split('\n').length).toBeLessThan(table('zh').split('\n').length);
  });

  it('ends with the county ranking: rank, district, 达标率 and the items each misses', () => {
    const out = table('zh');
    const part = out.slice(out.indexOf('县区排名（按达标率）'));
    expect(out.indexOf('县区排名（按达标率）')).toBeGreaterThan(out.indexOf('明细'));
    const rows = part
      .split('\n')
      .filter((l) => /^│ \d/.test(l))
      .map((l) => l.split('│').map((c) => c.trim()));
    const ranking = countyRanking(sampleReport());
    expect(rows.map((r) => [r[1], r[2], r[3], r[4]])).toEqual(
      ranking.map((e) => [String(e.rank), e.region, rateText(e.rate), `${e.met}/${e.evaluated}`]),
    );
    expect(table('en')).toContain('County ranking (by pass rate)');
  });
});
