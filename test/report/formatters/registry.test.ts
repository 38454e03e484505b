// The registry the CLI's --format choices come from, what each format declares about itself, and determinism.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNames, formatters } from '../../../src/report/formatters/index.js';
import { formatOfFile } from '../../../src/report/formatter.js';
import { gapListFormatters } from '../../../src/report/gap-list/index.js';
import { ROOT } from '../../helpers/paths.js';
import { context, sampleReport } from './sample.js';

describe('formatter registry', () => {
  it('offers table first (the default on a terminal), and exactly the formats the README names for check', () => {
    const row = readFileSync(resolve(ROOT, 'README.md'), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('| `qcc check '));
    const named = /`--format ([a-z\\|-]+)`/.exec(row ?? '')?.[1]?.split('\\|');
    expect(formatNames[0]).toBe('table');
    expect(named).toEqual(formatNames);
  });

  it.each(formatNames.flatMap((name) => [[name, 'zh'] as const, [name, 'en'] as const]))(
    '%s (%s): same report, same bytes',
    async (name, lang) => {
      const first = await formatters[name].format(sampleReport(), context(lang));
      const second = await formatters[name].format(sampleReport(), context(lang));
      expect(first).toEqual(second);
      expect(String(first).endsWith('\n')).toBe(true);
    },
  );

  it.each(formatNames)('%s does not change the report it is given', async (name) => {
    const report = sampleReport();
    const before = JSON.stringify(report);
    await formatters[name].format(report, context('zh'));
    expect(JSON.stringify(report)).toBe(before);
  });

  it.each(formatNames)('%s holds every problem of the report exactly when it says it carries them', async (name) => {
    const report = sampleReport();
    const text = String(await formatters[name].format(report, context('zh')));
    const codes = report.problems.map((p) => p.code);
    expect(codes.length).toBeGreaterThan(0);
    // The CLI prints the problems on stderr for a format that does not carry them: never lost, never said twice.
    expect(codes.every((code) => text.includes(code))).toBe(formatters[name].carriesProblems);
  });

  it.each(formatNames)('%s writes text (only a binary format may write bytes)', async (name) => {
    expect(formatters[name].binary).toBe(false);
    expect(typeof (await formatters[name].format(sampleReport(), context('zh')))).toBe('string');
  });
});

describe('choosing a format by the file -o names', () => {
  it.each([
    ['整改清单.xlsx', 'xlsx'],
    ['list.MD', 'markdown'],
    ['out/list.markdown', 'markdown'],
    ['list.csv', 'csv'],
    ['list.txt', undefined],
    ['list', undefined],
    [undefined, undefined],
  ])('%s → %s', (file, format) => {
    expect(formatOfFile(gapListFormatters, file)).toBe(format);
  });

  it('the workbook is the one binary gap-list format', () => {
    expect(
      Object.entries(gapListFormatters)
        .filter(([, f]) => f.binary)
        .map(([name]) => name),
    ).toEqual(['xlsx']);
  });
});
