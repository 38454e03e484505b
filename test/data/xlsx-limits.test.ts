// The limits that keep a hostile workbook bounded: a part's size and ratio from the zip directory, and merged ranges
// filled only as far as the sheet's rows reach.
import { describe, expect, it } from 'vitest';
import { checkZipEntry, type PartUse } from '../../src/data/zip-limits.js';
import { mergeFiller } from '../../src/data/sheet-merges.js';
import type { ZipEntry } from '../../src/data/zip-entries.js';
import type { GridRow } from '../../src/data/grid.js';

const MB = 1024 * 1024;
const entry = (uncompressedSize: number, compressedSize: number): ZipEntry => ({
  name: 'xl/worksheets/sheet1.xml',
  method: 8,
  compressedSize,
  uncompressedSize,
  localOffset: 0,
});

describe('zip part limits', () => {
  const table: [string, PartUse, number, number, boolean][] = [
    ['a 180 MB sheet compressed 10 times', 'stream', 180 * MB, 18 * MB, true],
    ['a 1.1 GB sheet', 'stream', 1100 * MB, 200 * MB, false],
    ['a 450 MB sheet in 450 KB (ratio 1 000)', 'stream', 450 * MB, 450 * 1024, false],
    ['a 10 MB part of zeros (under the ratio floor)', 'whole', 10 * MB, 10 * 1024, true],
    ['60 MB of shared strings compressed 8 times', 'whole', 60 * MB, 7.5 * MB, true],
    ['150 MB of shared strings', 'whole', 150 * MB, 20 * MB, false],
  ];
  it.each(table)('%s: read %s → %s', (_name, use, size, compressed, allowed) => {
    const check = () => checkZipEntry(entry(size, compressed), use);
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ reason: 'too-large' }) as Error);
  });
});

describe('merged ranges', () => {
  const row = (n: number, columns: number[]): GridRow => ({
    row: n,
    cells: new Map(columns.map((c) => [c, { kind: 'text', text: `${c}` }])),
  });

  it('a range as wide as the sheet (A5:XFD1048576) is filled only to the rightmost column the rows reach', () => {
    const fill = mergeFiller([{ top: 5, left: 1, bottom: 1_048_576, right: 16_384 }]);
    fill(row(1, [1, 2, 3, 4]));
    fill(row(5, [1]));
    expect([...fill(row(6, [])).cells.keys()]).toEqual([1, 2, 3, 4]);
  });

  it('a header merged over a few columns is filled in whole, even past the last cell written', () => {
    const fill = mergeFiller([{ top: 1, left: 2, bottom: 1, right: 6 }]);
    expect([...fill(row(1, [2])).cells.keys()].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6]);
  });
});
