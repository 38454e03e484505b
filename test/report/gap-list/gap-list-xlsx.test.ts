// The 整改清单 workbook as a person opens it: sheets, columns, order, dropdown, frozen header, print setup, veto rows.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { gapListXlsx } from '../../../src/report/gap-list/gap-list-xlsx.js';
import { gapListModel } from '../../../src/report/gap-list/gap-list-model.js';
import { en, miniPack, quzhou, sampleReport, tr, unzip } from './fixtures.js';

/** The core columns, printed, in the order the issue gives them; then the others, for the screen only. */
const CORE = [
  '考核项编号',
  '考核项',
  '地区',
  '现状值(年度)',
  '达标要求',
  '差距',
  '可增分值',
  '牵头单位',
  '整改措施',
  '完成时限',
  '整改状态',
];
const HEADERS = [
  ...CORE,
  '序号',
  '考核板块',
  '类型',
  '状态',
  '优先级',
  '配合单位',
  '整改建议',
  '责任人',
  '佐证材料',
  '备注',
];

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function column(ws: ExcelJS.Worksheet, header: string): unknown[] {
  const col = (ws.getRow(1).values as unknown[]).indexOf(header);
  const out: unknown[] = [];
  for (let r = 2; r <= ws.rowCount; r += 1) out.push(ws.getRow(r).getCell(col).value);
  return out;
}

describe('gap list workbook', async () => {
  const bytes = await gapListXlsx(gapListModel(sampleReport(), miniPack(), quzhou(), undefined, tr), { tr });
  const workbook = await open(bytes);
  const list = workbook.getWorksheet('整改清单')!;

  it('has 说明, the whole list and one sheet per lead department, in the pack order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      '说明',
      '整改清单',
      '市市场监管局',
      '市住建局',
      '市交通运输局',
    ]);
  });

  it('has the agreed columns in order', () => {
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
  });

  it('lists every outcome not met: veto first, then by uplift, then item id and region', () => {
    expect(column(list, '考核项编号').map((id, i) => `${id} ${column(list, '地区')[i]}`)).toEqual([
      '4.1.2 衢州市',
      '6.4.1 衢州市',
      '1.1.1 衢州市',
      '1.3.1 衢州市',
      '6.3.2 龙游县',
      '6.3.2 开化县',
      '6.3.1 柯城区',
      '6.3.1 衢江区',
      '6.3.1 江山市',
      '6.3.1 开化县',
    ]);
    expect(column(list, '序号')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(column(list, '状态')).toEqual([
      '不达标',
      '不达标',
      '不达标',
      '缺数据',
      '不达标',
      '不达标',
      '不达标',
      '数据无效',
      '不达标',
      '缺数据',
    ]);
  });

  it('marks veto rows by type and fill colour', () => {
    expect(column(list, '类型')[0]).toBe('否决项');
    expect(column(list, '类型').slice(1)).not.toContain('否决项');
    const fill = list.getRow(2).getCell(1).fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb).toBe('FFFCE4E4');
    expect((list.getRow(2).getCell(21).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFCE4E4');
    expect((list.getRow(3).getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
    expect(column(list, '优先级')[0]).toBe('高');
    // The veto is worth no points: its row says 否决项 where others give the points passing would add, as the check
    // table does; a county row of an item the city-wide figure carries keeps its 0.
    expect(column(list, '可增分值')[0]).toBe('否决项');
    const ids = column(list, '考核项编号');
    const regions = column(list, '地区');
    expect(column(list, '可增分值').filter((_, i) => ids[i] === '6.3.1' && regions[i] !== '衢州市')).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('fills the pack remedy, the departments, the value with its year and the gap', () => {
    const row = (id: string, region: string) =>
      column(list, '考核项编号').findIndex((v, i) => v === id && column(list, '地区')[i] === region);
    const i = row('6.3.1', '柯城区');
    expect(column(list, '整改建议')[i]).toBe('对一次验收未合格的工程逐项分析原因，限期整改复验。');
    expect(column(list, '牵头单位')[i]).toBe('市住建局');
    expect(column(list, '配合单位')[i]).toBe('市交通运输局');
    expect(column(list, '现状值(年度)')[i]).toBe('98.5%（2020年）');
    expect(column(list, '差距')[i]).toBe('还差 1.5 个百分点');
    // A county figure of a scope-all item: listed with its gap, but the city-wide figure carries the points.
    expect(column(list, '可增分值')[i]).toBe(0);
    expect(column(list, '差距')[row('1.3.1', '衢州市')]).toBe('未填报：没有 2020 年的数据');
  });

  it('neutralises text that came from a data file', () => {
    const values = column(list, '现状值(年度)') as string[];
    expect(values).toContain("'=A1*100（2020年）");
    expect(values.some((v) => /^[=+\-@]/.test(v))).toBe(false);
  });

  it('defaults 完成时限 to the end of the rectify phase and 整改状态 to 未启动', () => {
    expect(column(list, '完成时限').every((d) => d instanceof Date && d.toISOString().startsWith('2020-12-31'))).toBe(
      true,
    );
    expect(list.getRow(2).getCell(HEADERS.indexOf('完成时限') + 1).numFmt).toBe('yyyy-mm-dd');
    expect(list.getRow(2).getCell(HEADERS.indexOf('完成时限') + 1).alignment?.horizontal).toBe('left');
    expect(new Set(column(list, '整改状态'))).toEqual(new Set(['未启动']));
  });

  it('offers 整改状态 as a dropdown on exactly the list rows', () => {
    const dv = (list as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    // 整改状态 is column K, the last printed one.
    expect(HEADERS.indexOf('整改状态')).toBe(10);
    expect(dv.K2).toMatchObject({ type: 'list', formulae: ['"未启动,推进中,已完成,已销号"'] });
    const xml = unzip(bytes).get('xl/worksheets/sheet2.xml')!.text;
    expect(xml).toMatch(/<dataValidation [^>]*sqref="K2:K11"/);
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(xml).not.toMatch(/sqref="K:K"|sqref="K1:K1048576"/);
  });

  it('freezes the header, filters, wraps and sets widths', () => {
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(unzip(bytes).get('xl/worksheets/sheet2.xml')!.text).toContain('<autoFilter ref="A1:U11"/>');
    expect(list.getRow(2).getCell(15).alignment?.wrapText).toBe(true);
    expect(list.getColumn(2).width).toBe(20);
    // Every column has its width stored (exceljs leaves out a width of 9, its own default).
    for (let c = 1; c <= HEADERS.length; c += 1) expect(list.getColumn(c).width).toBeGreaterThan(0);
  });

  it('prints the core columns only, on A4 landscape fitted to the width, the header row on every page', () => {
    expect(list.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const book = unzip(bytes).get('xl/workbook.xml')!.text;
    // Every list sheet: 整改清单 (index 1) and the department sheets, each over its own rows.
    const rows = [11, 4, 6, 3];
    rows.forEach((last, i) => {
      const name = workbook.worksheets[i + 1]!.name;
      const area = `&apos;${name}&apos;!$A$1:$K$${last}`;
      expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${i + 1}">${area}</definedName>`);
      expect(book).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i + 1}">&apos;${name}&apos;!$1:$1</definedName>`,
      );
    });
    expect((list.getRow(1).values as unknown[]).slice(1, 12)).toEqual(CORE);
  });

  it('fits the core columns to the A4 landscape width at 9 points or more', () => {
    // Excel sizes a column of width w at 7w + 5 pixels of Calibri 11 (0.75 pt a pixel); fit-to-width scales it down.
    const points = CORE.reduce((sum, _, i) => sum + 0.75 * (7 * list.getColumn(i + 1).width! + 5), 0);
    const { left, right } = list.pageSetup.margins!;
    const paper = (297 / 25.4 - left - right) * 72;
    const size = 11 * Math.min(1, paper / points);
    expect(size).toBeGreaterThanOrEqual(9);
    // LibreOffice with Carlito (docs/print) measures 10.6 pt; all 21 columns printed at about 5.
    expect(size).toBeCloseTo(10.9, 1);
  });

  it('keeps the columns, the dropdown and the veto colour in the same place on every list sheet', async () => {
    const model = gapListModel(sampleReport(), miniPack(), quzhou(), undefined, tr);
    const veto = model.rows.find((r) => r.veto)!;
    model.previous = { file: 'old.xlsx', closed: [veto], unmatched: [model.rows[1]!], carried: 0 };
    const book = await open(await gapListXlsx(model, { tr }));
    for (const ws of book.worksheets.slice(1)) {
      expect((ws.getRow(1).values as unknown[]).slice(1, 22)).toEqual(HEADERS);
      const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
        .dataValidations.model;
      expect(new Set(Object.keys(dv).map((cell) => cell.replace(/\d+$/, '')))).toEqual(new Set(['K']));
      expect(ws.getCell('K2').value).toBe('未启动');
    }
    const fill = (ws: ExcelJS.Worksheet, col: number) =>
      (ws.getRow(2).getCell(col).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([1, 11, 21].map((c) => fill(book.getWorksheet('整改清单')!, c))).toEqual(Array(3).fill('FFFCE4E4'));
  });

  it('does not colour a closed veto row on 已销号 as a veto at stake', async () => {
    const model = gapListModel(sampleReport(), miniPack(), quzhou(), undefined, tr);
    const veto = model.rows.find((r) => r.veto)!;
    model.previous = { file: 'old.xlsx', closed: [veto], unmatched: [], carried: 0 };
    const book = await open(await gapListXlsx(model, { tr }));
    const fill = (ws: ExcelJS.Worksheet) => (ws.getRow(2).getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor;
    expect(fill(book.getWorksheet('整改清单')!)?.argb).toBe('FFFCE4E4');
    expect(fill(book.getWorksheet('已销号')!)?.argb).toBeUndefined();
  });

  it('stores row heights on 说明 so every wrapped text prints in full', () => {
    const about = workbook.getWorksheet('说明')!;
    const width = about.getColumn(2).width!;
    let checked = 0;
    about.eachRow((row) => {
      const text = row.getCell(2).value;
      if (typeof text !== 'string') return;
      expect(row.getCell(2).alignment?.wrapText).toBe(true);
      const lines = text.split('\n').length;
      // A text of several lines (or longer than the column) needs a stored height of at least 17 points a line.
      if (lines > 1 || text.length * 2 > width) {
        expect(row.height).toBeGreaterThanOrEqual(17 * lines);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(0);
  });

  it('gives each department only its own rows', () => {
    expect(column(workbook.getWorksheet('市交通运输局')!, '考核项编号')).toEqual(['6.3.2', '6.3.2']);
    expect(column(workbook.getWorksheet('市交通运输局')!, '序号')).toEqual([1, 2]);
    expect(new Set(column(workbook.getWorksheet('市住建局')!, '牵头单位'))).toEqual(new Set(['市住建局']));
    expect(column(workbook.getWorksheet('市市场监管局')!, '考核项编号')).toEqual(['4.1.2', '1.1.1', '1.3.1']);
  });

  it('says in 说明 what it was made from and how the city stands', () => {
    const text = workbook
      .getWorksheet('说明')!
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string')
      .join('\n');
    for (const part of [
      '测试规则包（mini 0.1）',
      '2020',
      '12.32 / 20',
      '不达标',
      '4.1.2',
      '达标 9、不达标 7、缺数据 2、数据无效 1、不适用 1、豁免 1',
      '共 10 项（否决项 1 项）',
      '填报-市本级.xlsx',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('writes the same bytes for the same inputs, with fixed dates', async () => {
    const again = await gapListXlsx(gapListModel(sampleReport(), miniPack(), quzhou(), undefined, tr), { tr });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(workbook.created.toISOString()).toBe('2020-12-31T12:00:00.000Z');
    // 2020-12-31 12:00:00 in MS-DOS form on every entry.
    for (const entry of unzip(bytes).values())
      expect([entry.date, entry.time]).toEqual([((2020 - 1980) << 9) | (12 << 5) | 31, 12 << 11]);
  });

  it('takes no remedy from a pack item with the id but another item (a report of another pack version)', async () => {
    const report = sampleReport();
    const renumbered = {
      ...report,
      outcomes: report.outcomes.map((o) => (o.item === '6.3.1' ? { ...o, title: '另一版本中的考核项' } : o)),
    };
    const wb = await open(await gapListXlsx(gapListModel(renumbered, miniPack(), quzhou(), undefined, tr), { tr }));
    const ws = wb.getWorksheet('整改清单')!;
    const ids = column(ws, '考核项编号');
    const status = column(ws, '状态');
    // Rows that failed get no remedy of another item; rows without data get the words for reporting it.
    expect(column(ws, '整改建议').filter((_, i) => ids[i] === '6.3.1' && status[i] === '不达标')).toEqual([null, null]);
    expect(column(ws, '整改建议').filter((_, i) => ids[i] === '6.3.1' && status[i] === '缺数据')).toEqual([
      '补报开化县 2020 年数据（按考核项的计量单位填数值，要求佐证的同时列出佐证材料）；确实没有数据的，在备注中说明原因。',
    ]);
  });

  it("without a profile deadline uses the last day of the evaluation year, not the plan's 2020 phase", async () => {
    const report = sampleReport();
    report.year = 2024;
    const wb = await open(
      await gapListXlsx(gapListModel(report, miniPack(), quzhou({ deadline: undefined }), undefined, tr), { tr }),
    );
    expect((column(wb.getWorksheet('整改清单')!, '完成时限')[0] as Date).toISOString()).toBe(
      '2024-12-31T00:00:00.000Z',
    );
  });

  it('uses the profile deadline when there is one', async () => {
    const wb = await open(
      await gapListXlsx(gapListModel(sampleReport(), miniPack(), quzhou({ deadline: '2021-06-30' }), undefined, tr), {
        tr,
      }),
    );
    expect((column(wb.getWorksheet('整改清单')!, '完成时限')[0] as Date).toISOString()).toBe(
      '2021-06-30T00:00:00.000Z',
    );
  });

  it('writes an empty list, without department sheets, when everything is met', async () => {
    const report = sampleReport();
    const allMet = { ...report, outcomes: report.outcomes.map((o) => ({ ...o, status: 'pass' as const, uplift: 0 })) };
    const wb = await open(await gapListXlsx(gapListModel(allMet, miniPack(), quzhou(), undefined, tr), { tr }));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['说明', '整改清单']);
    expect(wb.getWorksheet('整改清单')!.rowCount).toBe(1);
  });

  it('speaks English with --lang en', async () => {
    const wb = await open(
      await gapListXlsx(gapListModel(sampleReport(), miniPack(), quzhou(), undefined, en), { tr: en }),
    );
    expect(wb.worksheets.map((ws) => ws.name).slice(0, 2)).toEqual(['About', 'Gap list']);
    expect((wb.getWorksheet('Gap list')!.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
      'Item',
      'Title',
      'Region',
    ]);
  });
});
