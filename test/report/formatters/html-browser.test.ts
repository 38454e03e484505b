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
