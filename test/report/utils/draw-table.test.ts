// drawTable prints what cli-table3 prints for the same table, byte for byte: the reports' layout must not move.
import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { cellWidth, drawTable } from '../../../src/report/utils/draw-table.js';

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

  it('measures plain text as cli-table3 does, on every character it measures itself', () => {
    const { strlen } = createRequire(import.meta.url)('cli-table3/src/utils.js') as { strlen(t: string): number };
    const ranges = [
      [0x20, 0x7e],
      [0x3001, 0x3011],
      [0x4e00, 0x9fff],
      [0xff01, 0xff5e],
    ] as const;
    const differ: string[] = [];
    for (const [from, to] of ranges)
      for (let cp = from; cp <= to; cp += 1) {
        const text = String.fromCodePoint(cp);
        if (cellWidth(`a${text}b`) !== strlen(`a${text}b`)) differ.push(text);
      }
    expect(differ).toEqual([]);
    // And what it leaves to cli-table3: a character just outside, an emoji, a keycap, a colour code.
    for (const text of ['\u3012', '〰', '🙂', '1\ufe0f\u20e3', '\u001b[31m红\u001b[39m', 'a\nbb'])
      expect(cellWidth(text)).toBe(strlen(text));
  });

  // Rows of one line read as a list without rules; a rule stays on both sides of a row of several lines, so its
  // second line is never read as the next row; the head keeps its rule. Each body line as '─' (a rule) or its cells.
  it.each([
    {
      rows: [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
      body: ['─', 'a b', 'c d', 'e f'],
    },
    {
      rows: [
        ['a', 'b'],
        ['c\nc', 'd'],
        ['e', 'f'],
      ],
      body: ['─', 'a b', '─', 'c d', 'c', '─', 'e f'],
    },
    {
      rows: [
        ['a', 'b\nb'],
        ['c', 'd\nd'],
      ],
      body: ['─', 'a b', 'b', '─', 'c d', 'd'],
    },
    {
      rows: [
        ['a', 'b'],
        ['c', 'd'],
        ['e\ne', 'f'],
      ],
      body: ['─', 'a b', 'c d', '─', 'e f', 'e'],
    },
    {
      rows: [
        ['a\na', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
      body: ['─', 'a b', 'a', '─', 'c d', 'e f'],
    },
    { rows: [], body: [] },
  ])("'wrapped' draws rules only next to rows of several lines: $rows", ({ rows, body }) => {
    const lines = drawTable(['h', 'i'], rows, [4, 4], 'wrapped').split('\n').slice(2, -1);
    const shown = lines.map((l) => (l.startsWith('├') ? '─' : l.replace(/│/g, ' ').trim().replace(/\s+/g, ' ')));
    expect(shown).toEqual(body);
  });

  it("'all' draws a rule between every two rows, as cli-table3 does", () => {
    const rows = [
      ['a', 'b'],
      ['c\nc', 'd'],
      ['e', 'f'],
    ];
    expect(drawTable(['h', 'i'], rows, [4, 4], 'all')).toBe(cliTable3(['h', 'i'], rows, [4, 4]));
  });
});
