// Files saved by LibreOffice Calc (not exceljs) read the same as the originals, through both xlsx readers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixtures, recordTuples } from './helpers.js';

describe.each(['full', 'stream'] as const)('LibreOffice-saved workbooks, %s reader', (mode) => {
  it.each(['city-2020', 'kecheng-by-year'])(
    '%s: the same records, values and cells as the exceljs original',
    async (name) => {
      const original = await readFixtures([`${name}.xlsx`], mode);
      const saved = await readFixtures([join('libreoffice', `${name}-lo.xlsx`)], mode);
      expect(recordTuples(saved)).toEqual(recordTuples(original));
      expect(saved.records.length).toBeGreaterThan(5);
      expect(saved.benchmarks.map((b) => [b.benchmark, b.year, b.value])).toEqual(
        original.benchmarks.map((b) => [b.benchmark, b.year, b.value]),
      );
      expect(saved.problems.map((p) => [p.code, p.location.sheet, p.location.cell])).toEqual(
        original.problems.map((p) => [p.code, p.location.sheet, p.location.cell]),
      );
    },
  );
});
