// Writes docs/html-report.png: the top of the sample city's html report as Chromium shows it (800 × 1000), for the
// README. Run after `npm run build`: node docs/make-html-screenshot.mjs [path to chromium]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'qcc-shot-'));
const page = join(dir, 'report.html');
const args = ['check', '--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', '--format', 'html', '-o', page];
const run = spawnSync(process.execPath, ['bin/qcc.js', ...args], { cwd: root, encoding: 'utf8' });
if (run.status === 2) throw new Error(run.stderr);
const executablePath = process.argv[2] ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const tab = await browser.newPage({ viewport: { width: 800, height: 1000 } });
await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
await tab.screenshot({ path: join(root, 'docs/html-report.png') });
await browser.close();
rmSync(dir, { recursive: true, force: true });
