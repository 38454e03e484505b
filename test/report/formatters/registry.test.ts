// The registry the CLI's --format choices come from, and determinism of every format.
import { describe, expect, it } from 'vitest';
import { formatNames, formatters } from '../../../src/report/formatters/index.js';
import { context, sampleReport } from './sample.js';

describe('formatter registry', () => {
  it('offers the DESIGN.md formats, table first', () => {
    expect(formatNames).toEqual(['table', 'json', 'junit', 'markdown', 'github']);
  });

  it.each(formatNames.flatMap((name) => [[name, 'zh'] as const, [name, 'en'] as const]))('%s (%s): same report, same bytes', async (name, lang) => {
    const first = await formatters[name].format(sampleReport(), context(lang));
    const second = await formatters[name].format(sampleReport(), context(lang));
    expect(first).toEqual(second);
    expect(String(first).endsWith('\n')).toBe(true);
  });

  it.each(formatNames)('%s does not change the report it is given', async (name) => {
    const report = sampleReport();
    const before = JSON.stringify(report);
    await formatters[name].format(report, context('zh'));
    expect(JSON.stringify(report)).toBe(before);
  });
});
