// The terminal table follows the terminal's width: wider terminals give the item titles more room, every line fits,
// and no line or cell line starts with closing punctuation (Chinese line-breaking, 避头).
import { describe, expect, it } from 'vitest';
import { formatters } from '../../../src/report/formatters/index.js';
import { displayWidth } from '../../../src/report/utils/display-width.js';
import { context, sampleReport } from './sample.js';

const WIDTHS = [80, 120, 200] as const;
const CLOSING = [...'）】」》，。、；：！？)]'];

const table = (width: number, summary = false): string =>
  formatters.table.format(sampleReport(), context('zh', { width, ...(summary ? { summary: true } : {}) })) as string;

/** Display width of the 考核项 column in the first items table (its header row), borders excluded. */
function titleColumn(out: string): number {
  const header = out.split('\n').find((l) => l.startsWith('│ 编号') && l.includes('│ 状态'))!;
  const cells = header.split('│');
  return displayWidth(cells[2]!);
}

/** Each text line of the output and each cell line of its tables, without the padding. */
function textLines(out: string): string[] {
  return out
    .split('\n')
    .flatMap((line) => (line.startsWith('│') ? line.split('│').slice(1, -1) : [line]))
    .map((t) => t.replace(/^ /, ''));
}

describe('table width', () => {
  it.each(WIDTHS)('at %i columns every line fits', (width) => {
    for (const summary of [false, true])
      for (const line of table(width, summary).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it('a wider terminal gets a wider title column', () => {
    const [narrow, middle, wide] = WIDTHS.map((w) => titleColumn(table(w)));
    expect(narrow).toBeLessThan(middle!);
    expect(middle).toBeLessThan(wide!);
  });

  it.each(WIDTHS)('at %i columns no line or cell line starts with closing punctuation', (width) => {
    for (const line of textLines(table(width))) expect(CLOSING).not.toContain(line[0]);
  });

  it('wraps the item titles less at 200 columns than at 80', () => {
    expect(table(200).split('\n').length).toBeLessThan(table(80).split('\n').length);
  });
});
