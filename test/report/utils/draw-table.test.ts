// drawTable prints what cli-table3 prints for the same table, byte for byte: the reports' layout must not move.
import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../../../src/report/utils/draw-table.js';

function cliTable3(head: string[], rows: string[][], colWidths: number[]): string {
  const table = new Table({
    head,
    colWidths,
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of rows) table.push(row);
  return table.toString();
}

const green = (text: string) => `\u001b[32m${text}\u001b[39m`;
// Texts of the kinds reports hold: CJK, full-width punctuation, symbols, several lines, empty; coloured per line (as
// the report paints) or across lines.
const text = fc
  .array(
    fc.constantFrom('达标', '不达标', 'ok', ' ', '7.5%', '≥ 95', '（万元）', '✓', '✗', '—', '…', '\n', 'Ａ', '🙂'),
    {
      maxLength: 8,
    },
  )
  .chain((parts) =>
    fc.constantFrom('plain', 'each line', 'across lines').map((paint) => {
      const joined = parts.join('');
      if (paint === 'plain') return joined;
      return paint === 'each line' ? joined.split('\n').map(green).join('\n') : green(joined);
    }),
  );

describe('drawTable', () => {
  it('draws a report table as cli-table3 does', () => {
    const head = ['考核项', '状态', '数值'];
    const rows = [
      ['1.1.1 质量工作\n纳入考核', green('达标'), '98.5%'],
      ['2.3.4 一个很长很长的标题需要截断', '缺数', ''],
    ];
    expect(drawTable(head, rows, [12, 8, 9])).toBe(cliTable3(head, rows, [12, 8, 9]));
  });

  it('draws any table of such texts as cli-table3 does, too-wide cells included', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((columns) =>
            fc.tuple(
              fc.array(text, { minLength: columns, maxLength: columns }),
              fc.array(fc.array(text, { minLength: columns, maxLength: columns }), { maxLength: 4 }),
              fc.array(fc.integer({ min: 3, max: 14 }), { minLength: columns, maxLength: columns }),
            ),
          ),
        ([head, rows, widths]) => {
          expect(drawTable(head, rows, widths)).toBe(cliTable3(head, rows, widths));
        },
      ),
      { numRuns: 300 },
    );
  });
});
