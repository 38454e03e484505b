// The html page: deterministic bytes, self-contained (nothing to fetch), Chinese first, with its charts as inline SVG.
import { describe, expect, it } from 'vitest';
import { formatters } from '../../../src/report/formatters/index.js';
import { gapList } from '../../../src/report/utils/gap-list.js';
import { diffReports } from '../../../src/engine/diff.js';
import { context, sampleReport } from './sample.js';

const page = async (lang: 'zh' | 'en' = 'zh'): Promise<string> =>
  (await formatters.html.format(sampleReport(), context(lang))) as string;

describe('html format', () => {
  it('gives the same bytes twice', async () => {
    expect(await page()).toBe(await page());
  });

  it('fetches nothing: no script, stylesheet link, image or URL other than the SVG namespace', async () => {
    const html = await page();
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
  });

  it('is Chinese first, with the verdict card and both charts', async () => {
    const html = await page();
    expect(html).toContain('<html lang="zh-CN">');
    for (const text of ['总体情况', '各领域得分', '分地区 × 领域达标率', '得分', '等级']) expect(html).toContain(text);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
    expect(html).toContain('@page{size:A4');
  });

  it('in English with --lang en', async () => {
    const html = await page('en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Score by area');
  });

  it('groups the gaps under their lead department, each once, in the gap list order', async () => {
    const html = await page();
    const leads = [...new Set(gapList(sampleReport()).map((g) => g.lead))];
    const headings = [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(leads);
  });

  it('with --previous, says what changed since, after the scores and before the gaps', async () => {
    const before = sampleReport();
    const veto = before.outcomes.find((o) => o.item === '5.1.2' && o.status === 'fail')!;
    veto.status = 'pass';
    const changes = diffReports(before, sampleReport());
    const html = (await formatters.html.format(sampleReport(), context('zh', { changes }))) as string;
    const at = html.indexOf('<h2>与上次相比</h2>');
    expect(at).toBeGreaterThan(html.indexOf('<h2>各领域得分</h2>'));
    expect(at).toBeLessThan(html.indexOf('<h2>整改清单'));
    expect(html).toContain('<h3>新不达标 1 项</h3>');
    expect(html).toContain('<td>5.1.2</td>');
    expect(await page()).not.toContain('与上次相比');
  });
});
