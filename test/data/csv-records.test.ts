// The CSV splitter gives what csv-parse gives with the same options, on random text cut into random chunks.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../../src/data/csv-records.js';

const OPTIONS = {
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  bom: true,
};

function csvParse(text: string, delimiter: string): string[][] | string {
  try {
    return parse(text, { ...OPTIONS, delimiter }) as string[][];
  } catch (error) {
    return (error as Error).message;
  }
}

function split(text: string, delimiter: string, cuts: number[]): string[][] | string {
  const bytes = Buffer.from(text, 'utf8');
  const records: string[][] = [];
  const splitter = new CsvRecords(delimiter);
  // Cut anywhere, also inside a character.
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  try {
    let from = 0;
    for (const to of at) {
      splitter.push(bytes.subarray(from, to), false, (r) => records.push(r));
      from = to;
    }
    splitter.push(bytes.subarray(from), true, (r) => records.push(r));
    return records;
  } catch (error) {
    return (error as Error).message;
  }
}

const PIECES = ['a', '中', ',', ';', '\t', '"', '""', '\r', '\n', '\r\n', ' ', '1,5', '\u0000', '\ufeff'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

describe('CsvRecords', () => {
  it.each([',', ';', '\t'])('splits like csv-parse with %j as the delimiter, in any chunks', (delimiter) => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (t, cuts) => {
        expect(split(t, delimiter, cuts)).toEqual(csvParse(t, delimiter));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['quoted fields with delimiters, quotes and line breaks', 'a,"b,""c""\r\nd",e\r\n"f"\n'],
    ['a quote that closes early (relax_quotes)', '"ab"c,d\n"x" y,z'],
    ['a quote inside an unquoted field', 'a"b,c"\n'],
    ['empty lines and a last line without a break', '\r\n\n\ra,b'],
    ['a delimiter at the end', 'a,'],
    ['a quote left open', 'a,b\r\n"c\r\nd\n'],
  ])('%s', (_name, t) => {
    for (const cuts of [[], [1], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]) {
      expect(split(t, ',', cuts)).toEqual(csvParse(t, ','));
    }
  });
});
