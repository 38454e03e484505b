// Writes docs/html-report.png (the top of the sample city's html report) and docs/html-diff.png (the top of the diff
// page of a report and its recheck, fixtures/gaps) as Chromium shows them at 800 × 1000, for the README and reviewers.
// Run after `npm run build`: node docs/make-html-screenshot.mjs [path to chromium]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'qcc-shot-'));
const SHOTS = [
  {
    png: 'docs/html-report.png',
    args: ['check', '--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', '--format', 'html'],
  },
  {
    png: 'docs/html-diff.png',
    args: ['diff', 'fixtures/gaps/report-2020.json', 'fixtures/gaps/report-2020-recheck.json', '--format', 'html'],
  },
];
const executablePath = process.argv[2] ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
for (const [n, shot] of SHOTS.entries()) {
  const page = join(dir, `page-${n}.html`);
  // Exit code 1 is a verdict (not met, got worse); 2 is a failure.
  const run = spawnSync(process.execPath, ['bin/qcc.js', ...shot.args, '-o', page], { cwd: root, encoding: 'utf8' });
  if (run.status === 2) throw new Error(run.stderr);
  const tab = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
  await tab.screenshot({ path: join(root, shot.png) });
  await tab.close();
}
await browser.close();
rmSync(dir, { recursive: true, force: true });
