// Blank value cells are summed up per file, sheet, region and year, with a capped list of item ids.
import { describe, expect, it } from 'vitest';
import { summariseMissing } from '../../src/data/summarise-missing.js';
import { translator } from '../../src/i18n/index.js';
import type { DataRecord, Location, Problem } from '../../src/model/index.js';

const tr = translator('zh');
let row = 1;
function blank(
  region: string,
  item: string,
  year = 2020,
  file = 'a.xlsx',
  sheet: string | null = '指标数据',
  raw = '',
): { record: DataRecord; problem: Problem } {
  row += 1;
  const location: Location =
    sheet === null ? { file, line: row, column: 5 } : { file, sheet, cell: `E${row}`, row, column: 5 };
  return {
    record: { region, item, year, value: { type: 'empty' }, raw, evidence: [], location },
    problem: { code: 'value-missing', severity: 'warning', message: `考核项 ${item} 没有填数值`, location },
  };
}
const run = (cells: ReturnType<typeof blank>[], others: Problem[] = []) =>
  summariseMissing(
    { problems: [...cells.map((c) => c.problem), ...others], records: cells.map((c) => c.record) },
    tr,
  ).map((p) => [p.code, p.message, [p.location.file, p.location.sheet, p.location.cell]]);

describe('summariseMissing', () => {
  it('lists the item ids in pack order, and caps a long list with 等 N 项', () => {
    const ids = Array.from({ length: 15 }, (_, i) => `9.${15 - i}.1`);
    const out = run(ids.map((id) => blank('开化县', id)));
    expect(out).toEqual([
      [
        'values-missing',
        '开化县 2020 年有 15 项没有填数值：9.1.1、9.2.1、9.3.1、9.4.1、9.5.1、9.6.1、9.7.1、9.8.1、9.9.1、9.10.1、9.11.1、9.12.1 等 15 项',
        ['a.xlsx', '指标数据', undefined],
      ],
    ]);
  });

  it.each([
    [
      'two regions',
      [blank('开化县', '1.1.1'), blank('开化县', '1.1.2'), blank('常山县', '1.1.1'), blank('常山县', '1.1.2')],
      2,
    ],
    [
      'two years',
      [
        blank('开化县', '1.1.1', 2019),
        blank('开化县', '1.1.2', 2019),
        blank('开化县', '1.1.1'),
        blank('开化县', '1.1.2'),
      ],
      2,
    ],
    [
      'two files',
      [
        blank('开化县', '1.1.1', 2020, 'a.xlsx'),
        blank('开化县', '1.1.2', 2020, 'a.xlsx'),
        blank('开化县', '1.1.1', 2020, 'b.csv', null),
        blank('开化县', '1.1.2', 2020, 'b.csv', null),
      ],
      2,
    ],
    [
      'two sheets',
      [
        blank('开化县', '1.1.1', 2020, 'a.xlsx', 'A'),
        blank('开化县', '1.1.2', 2020, 'a.xlsx', 'A'),
        blank('开化县', '1.1.1', 2020, 'a.xlsx', 'B'),
        blank('开化县', '1.1.2', 2020, 'a.xlsx', 'B'),
      ],
      2,
    ],
  ])('groups by file, sheet, region and year: %s', (_name, cells, groups) => {
    const out = run(cells);
    expect(out.filter(([code]) => code === 'values-missing')).toHaveLength(groups);
    expect(out).toHaveLength(groups);
  });

  it('a CSV summary sits at the file; a lone blank cell and other problems pass through unchanged', () => {
    const other: Problem = {
      code: 'item-unknown',
      severity: 'error',
      message: 'x',
      location: { file: 'a.csv', line: 9999, column: 2 },
    };
    const lone = blank('衢州市', '2.1.1', 2020, 'a.csv', null);
    const out = run(
      [blank('开化县', '1.1.1', 2020, 'a.csv', null, '—'), blank('开化县', '1.1.2', 2020, 'a.csv', null), lone],
      [other],
    );
    expect(out).toEqual([
      [
        'values-missing',
        '开化县 2020 年有 2 项没有填数值：1.1.1、1.1.2（其中 1 项填的是占位符 “—”）',
        ['a.csv', undefined, undefined],
      ],
      ['value-missing', '考核项 2.1.1 没有填数值', ['a.csv', undefined, undefined]],
      ['item-unknown', 'x', ['a.csv', undefined, undefined]],
    ]);
  });
});

describe('summariseMissing: blank 基准值 cells', () => {
  const cell = (benchmark: string, title: string, year: number, row: number, file = 'a.xlsx') => {
    const location: Location = { file, sheet: '基准值', cell: `C${row}`, row, column: 3 };
    return {
      blank: { benchmark, title, year, location },
      problem: {
        code: 'benchmark-value-missing',
        severity: 'warning',
        message: `基准值 ${benchmark} ${year}`,
        location,
      } as Problem,
    };
  };
  it.each([
    [
      'one blank keeps its own cell warning',
      [cell('gdp', '全省地区生产总值增速', 2020, 2)],
      ['benchmark-value-missing'],
    ],
    [
      'two or more in one sheet: one warning, by benchmark then year',
      [
        cell('gdp', '全省地区生产总值增速', 2020, 3),
        cell('death', '全国特种设备事故死亡率', 2020, 5),
        cell('gdp', '全省地区生产总值增速', 2019, 2),
      ],
      [
        'benchmark-values-missing:基准值表有 3 处没有填数值：全国特种设备事故死亡率 2020 年；全省地区生产总值增速 2019、2020 年',
      ],
    ],
    [
      'two files: one warning each',
      [
        cell('gdp', 'G', 2019, 2),
        cell('gdp', 'G', 2020, 3),
        cell('gdp', 'G', 2019, 2, 'b.xlsx'),
        cell('gdp', 'G', 2020, 3, 'b.xlsx'),
      ],
      ['benchmark-values-missing', 'benchmark-values-missing'],
    ],
  ])('%s', (_name, cells, expected) => {
    const out = summariseMissing(
      { problems: cells.map((c) => c.problem), records: [], blankBenchmarks: cells.map((c) => c.blank) },
      tr,
    );
    expect(out.map((p) => (expected.some((e) => e.includes(':')) ? `${p.code}:${p.message}` : p.code))).toEqual(
      expected,
    );
  });
});
