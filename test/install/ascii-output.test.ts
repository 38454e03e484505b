// --ascii (or QCC_ASCII=1) for a Chinese Windows console: every text output the clerk reads in the console, stdout and
// the problem list on stderr, can be shown in GBK (no ✓ ✗ ›) and keeps its tables aligned; data formats do not change.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ASCII_GLYPHS } from '../../src/util/glyphs.js';
import { cellWidth } from '../../src/report/utils/draw-table.js';
import { fixture } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const profile = ['--profile', fixture('sample/qcc.yaml')];
const reports = [fixture('gaps/report-2020.json'), fixture('gaps/report-2020-recheck.json')];

// Each text output that has symbols to replace, with a text it must show in ASCII form.
const outputs: [string, string[], string][] = [
  ['check (table)', ['check', ...profile, '--date', '2020-12-15', '--fail-on', 'none'], 'v 达标'],
  ['check --summary', ['check', ...profile, '--date', '2020-12-15', '--fail-on', 'none', '--summary'], '+---'],
  ['validate', ['validate', fixture('sample')], '衢州市-质量强市办.xlsx > 指标数据!'],
  ['rules list', ['rules', 'list'], '+---'],
  ['diff', ['diff', ...reports], '2020'],
  ['explain', ['explain', '6.3.1', ...profile], '6.3.1'],
];

/** Whether GBK (code page 936) can encode the text: what a Chinese Windows console's font can show. */
const gbk = (text: string) => iconv.decode(iconv.encode(text, 'gbk'), 'gbk') === text;
const symbols = Object.keys(ASCII_GLYPHS);

describe('the ASCII glyph table', () => {
  it.each(Object.entries(ASCII_GLYPHS))('%s → %s: one column for one column', (symbol, ascii) => {
    expect(ascii).toMatch(/^[\u0021-\u007e]$/);
    expect(cellWidth(symbol)).toBe(1);
  });

  it('replaces exactly the symbols GBK lacks, and the box lines that a code-page-936 console draws two wide', () => {
    expect(symbols.filter((s) => !gbk(s))).toEqual(['✓', '✗', '›']);
    expect(symbols.filter((s) => gbk(s)).every((s) => /[\u2500-\u257f]/.test(s))).toBe(true);
  });
});

describe.each(outputs)('qcc %s', (_name, argv, shown) => {
  it('with --ascii: only GBK characters, no ✓ ✗ › or box lines, the same lines at the same widths', async () => {
    const plain = await runCli(argv);
    const ascii = await runCli([...argv, '--ascii']);
    expect(ascii.code).toBe(plain.code);
    expect(
      symbols.some((s) => (plain.stdout + plain.stderr).includes(s)),
      'without --ascii it has symbols',
    ).toBe(true);
    for (const stream of ['stdout', 'stderr'] as const) {
      const text = ascii[stream];
      expect(gbk(text), `${stream} is GBK`).toBe(true);
      expect(symbols.filter((s) => text.includes(s))).toEqual([]);
      const before = plain[stream].split('\n');
      const after = text.split('\n');
      expect(after.length).toBe(before.length);
      after.forEach((line, i) => expect(cellWidth(line), `${stream} line ${i + 1}`).toBe(cellWidth(before[i] ?? '')));
    }
    expect(ascii.stdout + ascii.stderr).toContain(shown);
  });

  it('QCC_ASCII=1 does what --ascii does; QCC_ASCII=0 does not', async () => {
    const ascii = await runCli([...argv, '--ascii']);
    const env = (value: string) => runCli(argv, { env: { LANG: 'zh_CN.UTF-8', QCC_ASCII: value } });
    expect((await env('1')).stdout).toBe(ascii.stdout);
    expect((await env('0')).stdout).toBe((await runCli(argv)).stdout);
  });
});

describe('data formats keep the data’s own characters', () => {
  it.each([
    ['check --format json', ['check', ...profile, '--date', '2020-12-15', '--fail-on', 'none', '--format', 'json']],
    [
      'check --format markdown',
      ['check', ...profile, '--date', '2020-12-15', '--fail-on', 'none', '--format', 'markdown'],
    ],
    ['validate --format json', ['validate', fixture('sample'), '--format', 'json']],
  ])('%s: the same bytes with --ascii', async (_name, argv) => {
    const plain = await runCli(argv);
    expect(plain.stdout.length).toBeGreaterThan(0);
    expect((await runCli([...argv, '--ascii'])).stdout).toBe(plain.stdout);
  });
});
