// `qcc diff --format html`: the changes as a self-contained page in check's html style, the same bytes every run.
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../../src/engine/diff.js';
import { diffFormatters } from '../../../src/report/diff/index.js';
import { en, sampleReport, tr } from '../gap-list/fixtures.js';

const diff = diffReports(sampleReport(), sampleReport('report-2020-recheck'));
const page = (translator = tr): string => diffFormatters.html.format(diff, { tr: translator }) as string;

describe('diff html', () => {
  it('gives the same bytes twice', () => {
    expect(page()).toBe(page());
  });

  it('fetches nothing and prints on A4', () => {
    const html = page();
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
    expect(html).toContain('@page{size:A4');
  });

  it.each([
    ['the title', '<h1>自查对比：衢州市 2020（mini 0.1） → 衢州市 2020（mini 0.1）</h1>'],
    ['the score change in the card', '<b>12.32 → 13.99（+1.67）</b>'],
    ['the verdicts', '<b>不达标 → 不达标</b>'],
    ['closed gaps', '<h2>新达标 2 项</h2>'],
    ['new gaps', '<h2>新不达标 1 项</h2>'],
    ['gaps still open with their change', '<td>还差 2 个百分点</td><td>还差 0.5 个百分点</td><td>缩小 1.5</td>'],
    ['an area’s change', '<td>-0.33</td>'],
  ])('shows %s', (_name, text) => {
    expect(page()).toContain(text);
  });

  it('draws the area scores before and after as one chart', () => {
    const html = page();
    expect(html.match(/<svg class="chart"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="各板块得分：之前与之后"');
    // Two bars an area, and a grey backdrop; plus the legend's two swatches.
    expect(html.match(/<rect /g)).toHaveLength(diff.areas.length * 3 + 2);
  });

  it('in English with --lang en', () => {
    const html = page(en);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Newly met: 2');
  });
});
