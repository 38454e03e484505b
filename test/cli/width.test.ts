// `qcc check` and `qcc diff` fit the terminal's width, or COLUMNS when stdout is piped; a file from -o does not
// depend on the terminal it was written from.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { displayWidth } from '../../src/report/utils/display-width.js';
import { fixture } from '../helpers/paths.js';

const SAMPLE = fixture('sample');
const REPORTS = fixture('reports');

async function run(argv: string[], stdout: { columns?: number }, env: Record<string, string> = {}, cwd = SAMPLE) {
  let out = '';
  await main(argv, {
    stdout: { write: (chunk) => void (out += String(chunk)), ...stdout },
    stderr: { write: () => undefined },
    cwd,
    env: { LANG: 'zh_CN.UTF-8', NO_COLOR: '1', ...env },
    today: '2020-12-15',
  });
  return out;
}

const widest = (text: string): number => Math.max(...text.split('\n').map(displayWidth));
const CHECK = ['check', '--date', '2020-12-15'];

describe('output width', () => {
  it.each<{ name: string; stdout: { columns?: number }; env: Record<string, string>; max: number; min: number }>([
    { name: 'a 200-column terminal', stdout: { columns: 200 }, env: {}, max: 200, min: 150 },
    { name: 'an 80-column terminal', stdout: { columns: 80 }, env: {}, max: 80, min: 75 },
    { name: 'piped with COLUMNS=120', stdout: {}, env: { COLUMNS: '120' }, max: 120, min: 110 },
    { name: 'the terminal before COLUMNS', stdout: { columns: 90 }, env: { COLUMNS: '200' }, max: 90, min: 85 },
    { name: 'piped with a bad COLUMNS: the default 100', stdout: {}, env: { COLUMNS: 'wide' }, max: 100, min: 95 },
  ])('check fills $name', async ({ stdout, env, max, min }) => {
    const width = widest(await run(CHECK, stdout, env));
    expect(width).toBeLessThanOrEqual(max);
    expect(width).toBeGreaterThanOrEqual(min);
  });

  it('check -o writes the default width whatever the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-width-'));
    const files = await Promise.all(
      [60, 200].map(async (columns) => {
        const file = join(dir, `r${columns}.txt`);
        await run([...CHECK, '--profile', join(SAMPLE, 'qcc.yaml'), '-o', file], { columns }, {}, dir);
        return readFileSync(file, 'utf8');
      }),
    );
    expect(files[0]).toBe(files[1]);
    expect(widest(files[0]!)).toBeLessThanOrEqual(100);
  });

  it('diff follows COLUMNS when piped', async () => {
    const args = ['diff', join(REPORTS, 'sample-report.json'), join(REPORTS, 'sample-report.json')];
    expect(widest(await run(args, {}, { COLUMNS: '200' }))).toBeLessThanOrEqual(200);
    expect(widest(await run(args, {}, { COLUMNS: '80' }))).toBeLessThanOrEqual(80);
  });
});
