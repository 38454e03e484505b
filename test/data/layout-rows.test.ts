// Notes under the table, group headings and totals rows are layout: read like title rows, never as records or problems.
import { describe, expect, it } from 'vitest';
import { loadMini, readFixtures, problemPlaces, recordTuples } from './helpers.js';
import { buildLookups } from '../../src/data/lookups.js';
import { layoutRow } from '../../src/data/layout-row.js';
import type { CellContent, GridRow } from '../../src/data/grid.js';

const LONG = [
  ['衢州市', '1.1.1', 2020, true],
  ['衢州市', '1.2.1', 2020, '3.1'],
  ['柯城区', '6.3.1', 2020, '98.5'],
  ['龙游县', '6.3.1', 2020, '99'],
];
const strip = (tuples: ReturnType<typeof recordTuples>) =>
  tuples.map(([region, item, year, value]) => [region, item, year, value]);

describe('layout rows inside a table', () => {
  it.each(['full', 'stream'] as const)(
    'xlsx (%s reader): headings, a totals row and a merged footer note are not records',
    async (mode) => {
      const ds = await readFixtures(['layout/notes-and-totals.xlsx'], mode);
      expect(recordTuples(ds)).toEqual([
        ['衢州市', '1.1.1', 2020, true, '指标数据!E5'],
        ['衢州市', '1.2.1', 2020, '3.1', '指标数据!E6'],
        ['柯城区', '6.3.1', 2020, '98.5', '指标数据!E8'],
        ['龙游县', '6.3.1', 2020, '99', '指标数据!E9'],
        ['江山市', '6.3.1', 2019, '99', '江山市!D4'],
        ['江山市', '6.3.1', 2020, '100', '江山市!E4'],
        ['江山市', '6.4.1', 2019, '31.5', '江山市!D5'],
        ['江山市', '6.4.1', 2020, '33', '江山市!E5'],
      ]);
      expect(problemPlaces(ds)).toEqual([]);
    },
  );

  it('the same sheet saved as CSV reads the same records, with no problem', async () => {
    const csv = await readFixtures(['layout/notes-and-totals.csv']);
    const xlsx = await readFixtures(['layout/notes-and-totals.xlsx']);
    expect(strip(recordTuples(csv))).toEqual(LONG);
    expect(strip(recordTuples(xlsx)).slice(0, LONG.length)).toEqual(LONG);
    expect(problemPlaces(csv)).toEqual([]);
  });
});

describe('layoutRow', () => {
  const lookups = buildLookups(loadMini().pack, loadMini().profile, '衢州市');
  const row = (...cells: (string | number | null)[]): GridRow => ({
    row: 9,
    cells: new Map(
      cells.flatMap((v, i): [number, CellContent][] =>
        v === null ? [] : [[i + 1, typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', text: v }]],
      ),
    ),
  });
  // Long layout: 地区 A, 指标编号 B, 指标名称 C, 年度 D, 数值 E, …, 备注 I.
  const labels = [1, 2, 3];
  it.each([
    ['a footer note', row('注：数值列只填数字。'), 'note'],
    [
      'a footer note merged across the table',
      row('注:本表数据截至年底', '注:本表数据截至年底', '注:本表数据截至年底'),
      'note',
    ],
    ['numbered notes', row('注1：单位为万元'), 'note'],
    ['说明', row('说明：2020年为快报数'), 'note'],
    ['备注', row('备注：无'), 'note'],
    ['填表说明 alone', row('填表说明'), 'note'],
    ['数据来源', row('数据来源：市统计局'), 'note'],
    [
      'a signature line',
      row('填报人：张三  联系电话：0570-8888888', null, null, null, null, '单位负责人：李四'),
      'note',
    ],
    ['单位负责人', row('单位负责人：李四'), 'note'],
    ['a group heading', row('一、完善质量工作机制'), 'heading'],
    ['a bracketed heading', row('（一）完善质量工作机制'), 'heading'],
    ['a merged heading', row('（六）提升工程质量', '（六）提升工程质量'), 'heading'],
    ['a lone text that is no item', row('质量工作机制'), 'heading'],
    ['合计 with a sum', row('合计', null, null, 2020, 197.5), 'total'],
    ['合 计 spaced', row('合 计', null, null, 2020, 197.5), 'total'],
    ['小计 in the id column', row(null, '小计', null, 2020, 3), 'total'],
    ['全市总计', row('全市总计', null, null, 2020, 3), 'total'],
    ['合计 after a 序号 number', row(12, '合计', null, 2020, 3), 'total'],
    ['a record', row('柯城区', '6.3.1', '工程一次验收合格率', 2020, 98.5), undefined],
    ['a record with a note in 备注', row('柯城区', '6.3.1', '', 2020, 98.5, '', '', '', '说明：估算'), undefined],
    ['a record with only its id', row(null, '6.3.1'), undefined],
    ['a record with only its title', row(null, null, '工程一次验收合格率'), undefined],
    ['a row starting with a number', row(2020, '注：x'), undefined],
  ])('%s', (_name, grid, expected) => {
    expect(layoutRow(grid, labels, lookups)).toBe(expected);
  });
});
