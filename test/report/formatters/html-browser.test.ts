// The html pages (check's report, diff's changes) in a real Chromium: no console error, no request, charts with a
// visible box, the Chinese text, and A4 pages when printed. The browser is a requirement (.ci/run installs it):
// missing, the test fails, it never skips.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatters } from '../../../src/report/formatters/index.js';
import { diffReports } from '../../../src/engine/diff.js';
import { diffFormatters } from '../../../src/report/diff/index.js';
import { sampleReport as gapSample, tr } from '../gap-list/fixtures.js';
import { context, sampleReport } from './sample.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const PAGES = [
  {
    name: 'check --format html',
    html: async () => (await formatters.html.format(sampleReport(), context('zh'))) as string,
    charts: 2,
    words: ['总体情况', '各领域得分', '整改清单', '县区排名（按达标率）'],
  },
  {
    name: 'diff --format html',
    html: async () =>
      (await diffFormatters.html.format(diffReports(gapSample(), gapSample('report-2020-recheck')), { tr })) as string,
    charts: 1,
    words: ['自查对比', '各板块得分', '新达标 2 项', '新不达标 1 项', '缩小 1.5'],
  },
];

describe.each(PAGES)('$name in Chromium', ({ html, charts: chartCount, words: expected }) => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
    dir = mkdtempSync(join(tmpdir(), 'qcc-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, await html());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const url = pathToFileURL(file).href;
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no console error and no request beyond the file itself', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('shows every chart in a visible, non-empty box', async () => {
    const charts = page.locator('svg.chart');
    expect(await charts.count()).toBe(chartCount);
    for (const chart of await charts.all()) {
      expect(await chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(50);
      expect(box!.height).toBeGreaterThan(20);
      expect(await chart.locator('rect').count()).toBeGreaterThan(0);
    }
  });

  it('shows the Chinese text', async () => {
    const text = await page.locator('body').innerText();
    for (const words of expected) expect(text).toContain(words);
  });

  it('prints to A4 pages', async () => {
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    // A4 is 210 × 297 mm: 595.28 × 841.89 points.
    for (const [, w, h] of boxes) {
      expect(Number(w)).toBeCloseTo(595.28, 0);
      expect(Number(h)).toBeCloseTo(841.89, 0);
    }
  });
});

// What an official reads off the check page: which area a heat-map column is, what its colours mean, and short
// columns (地区, 状态) that stay on one line instead of breaking 衢州市 per character.
describe('check --format html as an official reads it, in Chromium', () => {
  let browser: Browser;
  let page: Page;
  // Gap texts as long as the sample city's (缺少 2020 年全国…，请在“基准值”表中填入): they squeeze the other columns.
  const report = sampleReport();
  for (const o of report.outcomes)
    if (o.gap) o.gap.text = `${o.gap.text}；缺少 2020 年全国特种设备万台设备事故死亡率，请在“基准值”表中填入`;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.setContent((await formatters.html.format(report, context('zh'))) as string, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('names the area over every heat-map column, id and title, one column for every area', async () => {
    const heads = await page.locator('svg.chart text.area-head').allTextContents();
    // An area without district items keeps its (grey) column: the sample has one, so the map shows every area.
    const withDistricts = report.areas.filter((a) =>
      report.outcomes.some((o) => o.area === a.id && o.region !== report.profile.city),
    );
    expect(withDistricts.length).toBeLessThan(report.areas.length);
    expect(heads.length).toBe(report.areas.length);
    expect(heads.length).toBeGreaterThan(1);
    heads.forEach((head, j) => expect(head).toBe(`${report.areas[j]!.id}${report.areas[j]!.title}`));
    // And each head is drawn, in its own column: left to right, not overlapping.
    const boxes = await Promise.all((await page.locator('svg.chart text.area-head').all()).map((h) => h.boundingBox()));
    for (let j = 1; j < boxes.length; j += 1)
      expect(boxes[j]!.x).toBeGreaterThanOrEqual(boxes[j - 1]!.x + boxes[j - 1]!.width);
  });

  it('explains the heat-map colours: pass rates from 0% to 100% and the grey of nothing evaluated', async () => {
    const legend = page.locator('svg.chart g.legend');
    expect(await legend.allTextContents()).toEqual(['0%', '25%', '50%', '75%', '100%', '无参评项']);
    const fills = await legend.locator('rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')));
    expect(new Set(fills).size).toBe(6);
    const text = await page.locator('svg.chart').nth(1).textContent();
    expect(text).toContain('达标率');
  });

  it.each(['地区', '状态', '编号', '可提分'])('keeps every %s cell of the gap tables on one line', async (column) => {
    const lines = await page.locator('h3 + table').evaluateAll((tables, name) => {
      const out: number[] = [];
      for (const table of tables) {
        const x = [...table.querySelectorAll('th')].findIndex((th) => th.textContent === name);
        for (const row of table.querySelectorAll('tbody tr')) {
          const range = table.ownerDocument.createRange();
          range.selectNodeContents(row.children[x]!);
          // One line box per line of text.
          out.push(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size);
        }
      }
      return out;
    }, column);
    expect(lines.length).toBeGreaterThan(5);
    expect(new Set(lines)).toEqual(new Set([1]));
  });

  it('lets the item and gap columns wrap: they are the wide ones', async () => {
    const widths = Object.fromEntries(
      await page
        .locator('h3 + table')
        .first()
        .locator('th')
        .evaluateAll((ths) => ths.map((th) => [th.textContent, th.getBoundingClientRect().width] as const)),
    );
    for (const short of ['编号', '地区', '状态', '可提分'])
      for (const wide of ['考核项', '差距']) expect(widths[wide]).toBeGreaterThan(widths[short]!);
  });
});
