// Carrying a filled-in gap list over: nothing a person typed is lost, passing rows go to 已销号, orphans to 未匹配.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { gapListXlsx } from '../../../src/report/gap-list/gap-list-xlsx.js';
import { gapListModel } from '../../../src/report/gap-list/gap-list-model.js';
import { carryOver } from '../../../src/report/gap-list/carry-over.js';
import { buildRows } from '../../../src/report/gap-list/gap-row.js';
import type { PreviousGapList } from '../../../src/report/gap-list/previous.js';
import { readGapList } from '../../../src/data/read-gap-list.js';
import {
  ADDED,
  ADDED_COLUMN,
  DELETED_SHEET,
  ORPHAN,
  TYPED,
  TYPED_IN_DEPARTMENT_SHEET,
  editAsPerson,
} from '../../../fixtures/gaps/edit-as-person.mjs';
import { ROOT, miniPack, quzhou, sampleReport, tr } from './fixtures.js';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Rows of a sheet as header → value objects. */
function records(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = ws.getRow(1).values as unknown[];
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r += 1) {
    const rec: Record<string, unknown> = {};
    ws.getRow(r).eachCell((cell, col) => (rec[String(headers[col])] = cell.value));
    out.push(rec);
  }
  return out;
}

const find = (rows: Record<string, unknown>[], key: string) =>
  rows.filter((r) => `${r['考核项编号']}|${r['地区']}` === key);

async function previousOf(bytes: Uint8Array, dir: string, name: string): Promise<PreviousGapList> {
  writeFileSync(join(dir, name), bytes);
  const read = await readGapList(name, dir, tr);
  expect(read.problems).toEqual([]);
  return read.list!;
}

/** The list as edited now, and the same edits on a list of an older qcc, whose columns came in another order. */
const SOURCES = [
  {
    source: 'a list of this version',
    edited: async () =>
      editAsPerson(await gapListXlsx(gapListModel(sampleReport(), miniPack(), quzhou(), undefined, tr), { tr })),
    firstHeaders: ['考核项编号', '考核项', ADDED_COLUMN],
  },
  {
    source: 'a list of an older qcc, in the old column order (fixtures/gaps/整改清单-已填写-旧列序.xlsx)',
    edited: async () => new Uint8Array(readFileSync(resolve(ROOT, 'fixtures/gaps/整改清单-已填写-旧列序.xlsx'))),
    firstHeaders: ['序号', '考核板块', ADDED_COLUMN],
  },
];

describe.each(SOURCES)('carry-over from $source that people filled in', async ({ edited: make, firstHeaders }) => {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-carry-'));
  const pack = miniPack();
  const edited = await make();
  const editedBook = await open(edited);
  const previous = await previousOf(edited, dir, '整改清单-已填写.xlsx');
  // Two items now pass: 1.1.1 衢州市 and 6.3.1 柯城区; 6.3.2 常山县 newly fails.
  const next = await gapListXlsx(gapListModel(sampleReport('report-2020-recheck'), pack, quzhou(), previous, tr), {
    tr,
  });
  const book = await open(next);
  const list = records(book.getWorksheet('整改清单')!);
  const closed = records(book.getWorksheet('已销号')!);
  const unmatched = records(book.getWorksheet('未匹配')!);

  it('starts from a list that really was edited: re-sorted, a column inserted, a department sheet deleted', () => {
    expect(editedBook.getWorksheet(DELETED_SHEET)).toBeUndefined();
    const headers = (editedBook.getWorksheet('整改清单')!.getRow(1).values as unknown[]).slice(1, 4);
    expect(headers).toEqual(firstHeaders);
    const sheet = editedBook.getWorksheet('整改清单')!;
    const ids = sheet.getColumn((sheet.getRow(1).values as unknown[]).indexOf('考核项编号'));
    expect(ids.values[1]).toBe('考核项编号');
    expect(ids.values[2]).not.toBe('4.1.2');
  });

  it('keeps what was typed on rows that still fail', () => {
    for (const key of ['4.1.2|衢州市', '6.4.1|衢州市']) {
      const [row] = find(list, key);
      expect(row).toMatchObject(TYPED[key]!);
    }
  });

  it('moves the rows that now pass to 已销号, with their notes and the status now', () => {
    expect(closed.map((r) => `${r['考核项编号']}|${r['地区']}`).sort()).toEqual(['1.1.1|衢州市', '6.3.1|柯城区']);
    for (const key of ['1.1.1|衢州市', '6.3.1|柯城区']) {
      expect(find(list, key)).toEqual([]);
      expect(find(closed, key)[0]).toMatchObject({ ...TYPED[key], 本次状态: '达标' });
    }
    expect(find(closed, '6.3.1|柯城区')[0]!['整改状态']).toBe('已销号');
    expect(find(closed, '1.1.1|衢州市')[0]!['整改状态']).toBe('已完成');
  });

  it('keeps the column people added, with its values, after the standard columns', () => {
    const headers = (book.getWorksheet('整改清单')!.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 21)).not.toContain(ADDED_COLUMN);
    expect(headers[21]).toBe(ADDED_COLUMN);
    for (const [key, text] of Object.entries(ADDED)) expect(find(list, key)[0]![ADDED_COLUMN]).toBe(text);
  });

  it('keeps what was typed on a department sheet only', () => {
    for (const [key, typed] of Object.entries(TYPED_IN_DEPARTMENT_SHEET))
      expect(find(list, key)[0]).toMatchObject(typed);
  });

  it('keeps the row whose item no longer exists in 未匹配, with the reason and where it was', () => {
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]).toMatchObject({ ...ORPHAN, 未匹配原因: '本次自查中没有这个考核项和地区' });
    expect(String(unmatched[0]!['原位置'])).toMatch(/^整改清单!A\d+$/);
  });

  it('gives a newly failing row the defaults', () => {
    expect(find(list, '6.3.2|常山县')[0]).toMatchObject({ 整改状态: '未启动' });
    expect(find(list, '6.3.2|常山县')[0]!['责任人']).toBeUndefined();
  });

  it('loses no text anyone typed', () => {
    const typed = [
      ...Object.values(TYPED).flatMap((t) => Object.values(t)),
      ...Object.values(ADDED),
      ...Object.values(TYPED_IN_DEPARTMENT_SHEET).flatMap((t) => Object.values(t)),
      ORPHAN['整改措施'],
      ORPHAN['责任人'],
    ].map((v) => (v instanceof Date ? v.toISOString() : v));
    const everything = new Set(
      book.worksheets.flatMap((ws) =>
        ws
          .getSheetValues()
          .flat()
          .map((v) => (v instanceof Date ? v.toISOString() : v)),
      ),
    );
    for (const text of typed) expect(everything).toContain(text);
  });

  it('says in 说明 what was carried over', () => {
    const about = book.getWorksheet('说明')!.getSheetValues().flat().join('\n');
    expect(about).toContain('沿用 3 行填写内容，2 行已销号，1 行未匹配');
  });

  it('is stable: the new list as previous keeps the same rows, closed rows and orphan, once each', async () => {
    const again = await gapListXlsx(
      gapListModel(sampleReport('report-2020-recheck'), pack, quzhou(), await previousOf(next, dir, 'round2.xlsx'), tr),
      { tr },
    );
    const book2 = await open(again);
    expect(records(book2.getWorksheet('整改清单')!)).toEqual(list);
    expect(records(book2.getWorksheet('已销号')!)).toEqual(closed);
    expect(records(book2.getWorksheet('未匹配')!)).toEqual(unmatched);
  });

  it('brings the notes back when a closed item fails again', async () => {
    const third = await gapListXlsx(
      gapListModel(sampleReport(), pack, quzhou(), await previousOf(next, dir, 'round3.xlsx'), tr),
      { tr },
    );
    const rows = records((await open(third)).getWorksheet('整改清单')!);
    expect(find(rows, '1.1.1|衢州市')[0]).toMatchObject(TYPED['1.1.1|衢州市']!);
    // Its 已销号 was written by qcc, not typed: the row is open again.
    expect(find(rows, '6.3.1|柯城区')[0]).toMatchObject({ ...TYPED['6.3.1|柯城区'], 整改状态: '未启动' });
  });
});

describe('carry-over rules', () => {
  const pack = miniPack();
  const report = sampleReport();
  const ctx = { report, pack, profile: quzhou(), tr };
  const prev = (rows: PreviousGapList['rows']): PreviousGapList => ({ file: 'old.xlsx', rows });
  const row = (sheet: string, r: number, item: string, region: string, cells: Record<string, string>) => ({
    sheet,
    row: r,
    item,
    region,
    cells: [
      { header: '考核项编号', value: item },
      { header: '地区', value: region },
      ...Object.entries(cells).map(([header, value]) => ({ header, value })),
    ].filter((c) => c.value !== ''),
  });

  it.each([
    { name: 'the same text on the main and a department sheet merges', dept: { 责任人: '张伟' }, unmatched: 0 },
    { name: 'a blank on the department sheet merges', dept: {}, unmatched: 0 },
    { name: 'a cell the department sheet adds is taken', dept: { 备注: '部门补充' }, unmatched: 0 },
    { name: 'a different text on a department sheet is kept in 未匹配', dept: { 责任人: '李娜' }, unmatched: 1 },
  ])('$name', ({ dept, unmatched }) => {
    const result = carryOver(
      buildRows(ctx),
      prev([
        row('整改清单', 2, '4.1.2', '衢州市', { 责任人: '张伟' }),
        row('市市场监管局', 2, '4.1.2', '衢州市', dept as Record<string, string>),
      ]),
      ctx,
    );
    expect(result.rows[0]!.cells.owner).toBe('张伟');
    expect(result.unmatched).toHaveLength(unmatched);
    if ('备注' in dept) expect(result.rows[0]!.cells.note).toBe('部门补充');
    if (unmatched)
      expect(result.unmatched[0]).toMatchObject({
        cells: { owner: '李娜' },
        reason: '与 整改清单 工作表中同一考核项、地区的行内容不一致',
      });
  });

  it('keeps a row without item id or region in 未匹配', () => {
    const result = carryOver(buildRows(ctx), prev([row('整改清单', 12, '', '', { 备注: '合计:10 项' })]), ctx);
    expect(result.unmatched).toMatchObject([
      { cells: { note: '合计:10 项' }, reason: '缺少考核项编号或地区', origin: '整改清单!A12' },
    ]);
  });

  it('recognises the English headers of a list written with --lang en', () => {
    const result = carryOver(
      buildRows(ctx),
      prev([
        {
          sheet: 'Gap list',
          row: 2,
          item: '4.1.2',
          region: '衢州市',
          cells: [
            { header: 'Owner', value: 'Zhang Wei' },
            { header: 'Measures', value: 'inspect' },
          ],
        },
      ]),
      ctx,
    );
    expect(result.rows[0]!.cells).toMatchObject({ owner: 'Zhang Wei', measures: 'inspect' });
    expect(result.extraHeaders).toEqual([]);
  });
});

describe('carry-over of what people rewrote in columns qcc fills from the pack', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-carry-pack-'));
  const pack = miniPack();
  const first = await open(await gapListXlsx(gapListModel(sampleReport(), pack, quzhou(), undefined, tr), { tr }));
  const list = first.getWorksheet('整改清单')!;
  const headers = list.getRow(1).values as unknown[];
  const column = (name: string) => headers.indexOf(name);
  const rowOf = (ws: ExcelJS.Worksheet, key: string) => {
    for (let r = 2; r <= ws.rowCount; r += 1)
      if (`${ws.getRow(r).getCell(column('考核项编号')).value}|${ws.getRow(r).getCell(column('地区')).value}` === key)
        return ws.getRow(r);
    throw new Error(key);
  };
  const [remedyKey, leadKey] = records(list)
    .filter((r) => r['考核项编号'] !== '4.1.2')
    .map((r) => `${r['考核项编号']}|${r['地区']}`);
  // On the main list a person rewrites 整改建议; on the lead department's own sheet another reassigns 牵头单位.
  rowOf(list, remedyKey!).getCell(column('整改建议')).value = '改由第三方机构逐项复核后整改（人工填写）';
  const department = first.worksheets.find(
    (ws) => ws.name === String(rowOf(list, leadKey!).getCell(column('牵头单位')).value),
  )!;
  rowOf(department, leadKey!).getCell(column('牵头单位')).value = '市交通运输局';
  const previous = await previousOf(new Uint8Array(await first.xlsx.writeBuffer()), dir, '整改清单-改写.xlsx');
  const next = await open(await gapListXlsx(gapListModel(sampleReport(), pack, quzhou(), previous, tr), { tr }));
  const rows = records(next.getWorksheet('整改清单')!);

  it('keeps the rewritten 整改建议', () => {
    expect(find(rows, remedyKey!)[0]?.['整改建议']).toBe('改由第三方机构逐项复核后整改（人工填写）');
  });

  it("keeps a 牵头单位 reassigned on a department sheet, and lists the row on that department's sheet", () => {
    expect(find(rows, leadKey!)[0]?.['牵头单位']).toBe('市交通运输局');
    expect(find(records(next.getWorksheet('市交通运输局')!), leadKey!)).toHaveLength(1);
  });
});

describe('carry-over into a list made for one county (--region)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-carry-region-'));
  const pack = miniPack();
  const previous = await previousOf(
    await gapListXlsx(gapListModel(sampleReport(), pack, quzhou(), undefined, tr), { tr }),
    dir,
    '全市.xlsx',
  );
  const whole = sampleReport();
  const county = { ...whole, region: '开化县', outcomes: whole.outcomes.filter((o) => o.region === '开化县') };
  const book = await open(await gapListXlsx(gapListModel(county, pack, quzhou(), previous, tr), { tr }));
  const unmatched = records(book.getWorksheet('未匹配')!);

  it('keeps the rows of other regions, saying they are outside this check', () => {
    expect(unmatched.length).toBeGreaterThan(0);
    expect(unmatched.every((r) => r['地区'] !== '开化县')).toBe(true);
    expect(new Set(unmatched.map((r) => r['未匹配原因']))).toEqual(
      new Set(['本次只自查了 开化县，这一行属于其他地区，原样保留']),
    );
  });
});
