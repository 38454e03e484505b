// Merged ranges on the streaming path, and the header names the reader (and the template) use.
import { describe, expect, it } from 'vitest';
import { mergeFiller } from '../../src/data/read-xlsx.js';
import { readSheetMerges } from '../../src/data/sheet-merges.js';
import { RECORD_FIELD_ORDER, RECORD_HEADERS, recordHeader } from '../../src/data/headers.js';
import type { CellContent, GridRow } from '../../src/data/grid.js';
import { FIXTURES } from './helpers.js';

const t = (text: string): CellContent => ({ kind: 'text', text });
const row = (n: number, cells: [number, string][]): GridRow => ({
  row: n,
  cells: new Map(cells.map(([c, v]) => [c, t(v)])),
});

describe('merges', () => {
  it('are read from the zip, per sheet name, for a file written by exceljs and by hand', async () => {
    const city = await readSheetMerges(`${FIXTURES}city-2020.xlsx`);
    expect(city.get('指标数据')).toEqual([
      { left: 1, top: 1, right: 9, bottom: 1 },
      { left: 1, top: 4, right: 1, bottom: 14 },
    ]);
    const foreign = await readSheetMerges(`${FIXTURES}foreign-longyou.xlsx`);
    expect(foreign.get('龙游县')).toHaveLength(3);
  });

  it('give every cell of a range the top-left value as rows arrive', () => {
    const fill = mergeFiller([{ top: 2, left: 1, bottom: 4, right: 2 }]);
    expect([...fill(row(1, [[1, 'x']])).cells]).toEqual([[1, t('x')]]);
    expect(
      [
        ...fill(
          row(2, [
            [1, '柯城区'],
            [3, 'a'],
          ]),
        ).cells,
      ].sort(),
    ).toEqual([
      [1, t('柯城区')],
      [2, t('柯城区')],
      [3, t('a')],
    ]);
    expect(fill(row(4, [[3, 'c']])).cells.get(1)).toEqual(t('柯城区'));
    expect(fill(row(5, [[3, 'd']])).cells.has(1)).toBe(false);
  });
});

describe('headers', () => {
  it('the template headers are the first names, in template order', () => {
    expect(RECORD_FIELD_ORDER.map((f) => RECORD_HEADERS[f][0])).toEqual([
      '地区',
      '指标编号',
      '指标名称',
      '年度',
      '数值',
      '单位',
      '填报单位',
      '佐证材料',
      '备注',
    ]);
  });

  it.each([
    [['地区', '指标编号', '指标名称', '年度', '数值'], { region: 1, item: 2, title: 3, year: 4, value: 5 }],
    [['ITEM', 'Year', 'Value'], { item: 1, year: 2, value: 3 }],
    [['数值(%)', '指标名称', '年份'], { value: 1, title: 2, year: 3 }],
    [['县(市、区)', '考核项', '完成值'], { region: 1, title: 2, value: 3 }],
  ])('%j', (names, columns) => {
    expect(
      recordHeader(
        row(
          3,
          names.map((n, i) => [i + 1, n]),
        ),
      )?.columns,
    ).toEqual(columns);
  });

  it('a title row is not a header', () => {
    expect(recordHeader(row(1, [[1, '衢州市质量强市示范城市指标数据']]))).toBeUndefined();
  });

  it('wide headers collect year columns', () => {
    const header = recordHeader(
      row(2, [
        [1, '指标编号'],
        [2, '2019年'],
        [3, '2020年度'],
      ]),
    );
    expect([...(header?.years ?? [])]).toEqual([
      [2019, 2],
      [2020, 3],
    ]);
  });
});
