// Reading a previous gap list back as people leave it: title rows, rich text, formulas, links, dates, extra columns.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readGapList } from '../../src/data/read-gap-list.js';
import { translator } from '../../src/i18n/index.js';
import { ADDED_COLUMN, DELETED_SHEET, ORPHAN } from '../../fixtures/gaps/edit-as-person.mjs';

const tr = translator('zh');
const dir = mkdtempSync(join(tmpdir(), 'qcc-read-gaps-'));

async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  writeFileSync(join(dir, name), new Uint8Array(await wb.xlsx.writeBuffer()));
  return name;
}

describe('readGapList', () => {
  it('finds the header below title rows and reads every kind of cell as plain data', async () => {
    const file = await save('edited.xlsx', (wb) => {
      const ws = wb.addWorksheet('整改清单');
      ws.addRow(['衢州市 2020 年整改清单']);
      ws.addRow([]);
      ws.addRow(['序号', '地区', '考核项编号', '整改措施', '完成时限', '督办意见', null, '责任人']);
      ws.addRow([
        1,
        { richText: [{ text: '衢' }, { font: { bold: true }, text: '州市' }] },
        ' 4.1.2 ',
        { formula: 'CONCAT("排查","隐患")', result: '排查隐患' },
        new Date(Date.UTC(2021, 2, 31)),
        { text: '批示', hyperlink: 'https://example.org' },
        '没有表头的列',
        { formula: 'A1' },
      ]);
      ws.addRow([]);
      ws.addRow([3, '柯城区', '6.3.1', null, null, null, null, '王强']);
      wb.addWorksheet('说明').addRow(['这张表没有整改清单的表头']);
    });
    const read = await readGapList(file, dir, tr);
    expect(read.problems).toEqual([]);
    expect(read.list?.file).toBe('edited.xlsx');
    expect(read.list?.rows).toEqual([
      {
        sheet: '整改清单',
        row: 4,
        item: '4.1.2',
        region: '衢州市',
        cells: [
          { header: '序号', value: 1 },
          { header: '地区', value: '衢州市' },
          { header: '考核项编号', value: ' 4.1.2 ' },
          { header: '整改措施', value: '排查隐患' },
          { header: '完成时限', value: new Date(Date.UTC(2021, 2, 31)) },
          { header: '督办意见', value: '批示' },
          { header: '[G]', value: '没有表头的列' },
          { header: '责任人', value: '=A1' },
        ],
      },
      {
        sheet: '整改清单',
        row: 6,
        item: '6.3.1',
        region: '柯城区',
        cells: [
          { header: '序号', value: 3 },
          { header: '地区', value: '柯城区' },
          { header: '考核项编号', value: '6.3.1' },
          { header: '责任人', value: '王强' },
        ],
      },
    ]);
  });

  it('gives a merge down a column to every row it covers, and counts a merge across columns once', async () => {
    const file = await save('merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('整改清单');
      ws.addRow(['地区', '考核项编号', '整改措施', '责任人', '备注']);
      ws.addRow(['衢州市', '2.1.3', '统一委托第三方测评', '张伟', '跨两列的备注']);
      ws.addRow([null, '2.5.2', null, null, null]);
      ws.addRow([null, '3.2.3', null, null, null]);
      ws.mergeCells('A2:A4'); // one 地区 for three rows
      ws.mergeCells('C2:C4'); // one measure typed for three rows
      ws.mergeCells('D2:D4');
      ws.mergeCells('E2:F2'); // a note spread over two columns
    });
    const read = await readGapList(file, dir, tr);
    const rows = read.list?.rows.map((r) => [
      r.item,
      r.region,
      r.cells.map((c) => `${c.header}=${String(c.value)}`).join('|'),
    ]);
    expect(rows).toEqual([
      ['2.1.3', '衢州市', '地区=衢州市|考核项编号=2.1.3|整改措施=统一委托第三方测评|责任人=张伟|备注=跨两列的备注'],
      ['2.5.2', '衢州市', '地区=衢州市|考核项编号=2.5.2|整改措施=统一委托第三方测评|责任人=张伟'],
      ['3.2.3', '衢州市', '地区=衢州市|考核项编号=3.2.3|整改措施=统一委托第三方测评|责任人=张伟'],
    ]);
  });

  it('keeps a value typed under a merge; reads a merge over 100 000 cells as unmerged, and says so', async () => {
    const file = await save('absurd-merge.xlsx', (wb) => {
      const ws = wb.addWorksheet('整改清单');
      ws.addRow(['地区', '考核项编号', '整改措施']);
      ws.addRow(['衢州市', '2.1.3', '统一测评']);
      ws.addRow([null, '2.5.2', null]);
      ws.mergeCells('A2:A3');
    });
    // exceljs refuses to merge over a value and would build every cell of A5:XFD1048576: the damage is made in XML.
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, file)));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file(
      'xl/worksheets/sheet1.xml',
      xml
        .replace(/(<c r="A3"[^>]*)\/>/, '$1 t="inlineStr"><is><t>柯城区</t></is></c>')
        .replace('<mergeCell ref="A2:A3"/>', '<mergeCell ref="A2:A3"/><mergeCell ref="C2:XFD1048576"/>')
        .replace(/<mergeCells count="\d+"/, '<mergeCells count="2"'),
    );
    writeFileSync(join(dir, file), await zip.generateAsync({ type: 'nodebuffer' }));
    const read = await readGapList(file, dir, tr);
    expect(read.list?.rows.map((r) => [r.item, r.region, r.cells.length])).toEqual([
      ['2.1.3', '衢州市', 3],
      ['2.5.2', '柯城区', 2],
    ]);
    expect(read.problems).toMatchObject([
      { code: 'gap-list-merge-ignored', severity: 'warning', location: { sheet: '整改清单', cell: 'C2:XFD1048576' } },
    ]);
  });

  it('tells apart two columns with the same header, so neither overwrites the other', async () => {
    const file = await save('twice.xlsx', (wb) => {
      wb.addWorksheet('整改清单').addRows([
        ['考核项编号', '地区', '备注', '备注'],
        ['1.1.1', '衢州市', '第一条', '第二条'],
      ]);
    });
    expect((await readGapList(file, dir, tr)).list!.rows[0]!.cells.slice(2)).toEqual([
      { header: '备注', value: '第一条' },
      { header: '备注[D]', value: '第二条' },
    ]);
  });

  it.each(['整改清单-已填写.xlsx', '整改清单-已填写-旧列序.xlsx'])(
    'reads the committed list people filled in: %s',
    async (name) => {
      const read = await readGapList(`fixtures/gaps/${name}`, join(import.meta.dirname, '../..'), tr);
      const rows = read.list!.rows;
      expect(new Set(rows.map((r) => r.sheet))).toEqual(new Set(['整改清单', '市市场监管局', '市交通运输局']));
      expect(rows.some((r) => r.sheet === DELETED_SHEET)).toBe(false);
      expect(rows.filter((r) => r.sheet === '整改清单')).toHaveLength(11);
      expect(rows.find((r) => r.item === ORPHAN['考核项编号'])?.cells).toContainEqual({
        header: '责任人',
        value: ORPHAN['责任人'],
      });
      expect(rows.some((r) => r.cells.some((c) => c.header === ADDED_COLUMN))).toBe(true);
    },
  );

  it('reads a list of an older qcc (old column order) to the same rows and cells as one of now', async () => {
    const cwd = join(import.meta.dirname, '../..');
    const content = async (name: string) =>
      (await readGapList(`fixtures/gaps/${name}`, cwd, tr))
        .list!.rows.map((r) => {
          const text = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
          const cells = r.cells.map((c) => `${c.header}=${text(c.value)}`);
          return `${r.sheet}|${r.item}|${r.region}|${cells.sort().join('|')}`;
        })
        .sort();
    const now = await content('整改清单-已填写.xlsx');
    expect(now).toHaveLength(16);
    expect(await content('整改清单-已填写-旧列序.xlsx')).toEqual(now);
  });

  it('reads English headers and every sheet that has them', async () => {
    const file = await save('english.xlsx', (wb) => {
      wb.addWorksheet('Gap list').addRows([
        ['Item', 'Region', 'Owner'],
        ['1.1.1', '衢州市', 'Li Na'],
      ]);
      wb.addWorksheet('市住建局').addRows([
        ['考核项编号', '地区 ', '备注'],
        ['6.4.1', '衢州市', '已报'],
      ]);
    });
    const rows = (await readGapList(file, dir, tr)).list!.rows;
    expect(rows.map((r) => [r.sheet, r.item, r.region])).toEqual([
      ['Gap list', '1.1.1', '衢州市'],
      ['市住建局', '6.4.1', '衢州市'],
    ]);
  });

  it.each([
    { name: 'a missing file', file: 'nowhere.xlsx', write: undefined, code: 'file-unreadable' },
    { name: 'a file that is not xlsx', file: 'old.xls', write: 'not a zip', code: 'gap-list-not-xlsx' },
  ])('reports $name', async ({ file, write, code }) => {
    if (write) writeFileSync(join(dir, file), write);
    const read = await readGapList(file, dir, tr);
    expect(read.list).toBeUndefined();
    expect(read.problems).toMatchObject([{ code, severity: 'error', location: { file } }]);
  });

  it('reports a workbook without a gap-list header', async () => {
    const file = await save('other.xlsx', (wb) =>
      wb.addWorksheet('Sheet1').addRows([
        ['地区', '数值'],
        ['衢州市', 1],
      ]),
    );
    expect((await readGapList(file, dir, tr)).problems).toMatchObject([
      { code: 'gap-list-no-header', location: { file: 'other.xlsx' } },
    ]);
  });
});
