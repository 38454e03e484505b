// The data-entry template as a department opens it: rows, locked and open cells, validations on exact ranges, prompts.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { templateXlsx } from '../../../src/report/template/template-xlsx.js';
import { templateYears } from '../../../src/report/template/template-rows.js';
import { miniPack, quzhou, tr, unzip } from '../gap-list/fixtures.js';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const profile = quzhou({ notApplicable: { '6.4.2': { reason: '未设定', location: { file: 'qcc.yaml' } } } });
const pack = miniPack();

describe('data-entry template', async () => {
  const years = templateYears(pack, profile, 2020);
  const bytes = await templateXlsx(pack, profile, years, { tr });
  const workbook = await open(bytes);
  const data = workbook.getWorksheet('指标数据')!;
  const rows = data
    .getSheetValues()
    .slice(2)
    .map((r) => (r as unknown[]).slice(1, 5).join(' '));
  const xml = [...unzip(bytes)].find(
    ([name, e]) =>
      name.startsWith('xl/worksheets/') && e.text.includes('指标数据') === false && e.text.includes('<sheetProtection'),
  )![1].text;

  it('covers the evaluation year and the two before it', () => {
    expect(years).toEqual([2018, 2019, 2020]);
  });

  it('has 填报说明, 指标数据 and 基准值 with the headers the data reader knows', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['填报说明', '指标数据', '基准值']);
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([
      '地区',
      '指标编号',
      '指标名称',
      '年度',
      '数值',
      '单位',
      '填报单位',
      '佐证材料（标★须填）',
      '佐证要求',
      '备注',
      '达标要求',
    ]);
    expect((workbook.getWorksheet('基准值')!.getRow(1).values as unknown[]).slice(1)).toEqual([
      '基准编号',
      '基准名称',
      '年度',
      '数值',
      '来源',
    ]);
  });

  it('has one row per item × region × year the item needs, in pack order, not-applicable items left out', () => {
    expect(rows.slice(0, 6)).toEqual([
      '衢州市 1.1.1 市政府常务会议听取质量工作汇报 2020',
      '衢州市 1.2.1 质量工作专项经费占一般公共预算支出比重 2018',
      '衢州市 1.2.1 质量工作专项经费占一般公共预算支出比重 2019',
      '衢州市 1.2.1 质量工作专项经费占一般公共预算支出比重 2020',
      '衢州市 1.3.1 省对市政府质量工作考核等级 2020',
      '衢州市 4.1.1 特种设备万台设备事故死亡率 2020',
    ]);
    // 6.3.1 (city and districts) 7 rows, 6.3.2 (districts) 6 rows, 6.4.1 (trend) 3 rows.
    expect(rows.filter((r) => r.includes(' 6.3.1 '))).toHaveLength(7);
    expect(rows.filter((r) => r.includes(' 6.3.2 ')).map((r) => r.split(' ')[0])).toEqual([
      '柯城区',
      '衢江区',
      '龙游县',
      '江山市',
      '常山县',
      '开化县',
    ]);
    expect(rows.filter((r) => r.includes(' 6.4.1 '))).toHaveLength(3);
    expect(rows.some((r) => r.includes(' 6.4.2 '))).toBe(false);
    expect(rows).toHaveLength(1 + 3 + 1 + 1 + 1 + 1 + 7 + 6 + 3);
  });

  it('prefills unit and lead department, leaves value, evidence and note blank', () => {
    const r = data.getRow(2);
    expect([
      r.getCell(5).value,
      r.getCell(6).value,
      r.getCell(7).value,
      r.getCell(8).value,
      r.getCell(10).value,
    ]).toEqual([null, null, '市市场监管局', null, null]);
    expect(data.getRow(3).getCell(6).value).toBe('‰');
  });

  it('locks the prefilled columns with a passwordless protection and opens value, evidence and note', () => {
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toMatch(/hashValue|password/);
    for (let r = 2; r <= data.rowCount; r += 1) {
      for (const c of [1, 2, 3, 4, 6, 9]) expect(data.getRow(r).getCell(c).protection?.locked).not.toBe(false);
      for (const c of [5, 8, 10]) expect(data.getRow(r).getCell(c).protection?.locked).toBe(false);
      // 填报单位: the lead department, locked, on the city's rows; open for a county to write its own.
      const city = data.getRow(r).getCell(1).value === '衢州市';
      expect(data.getRow(r).getCell(7).protection?.locked === false).toBe(!city);
      expect(data.getRow(r).getCell(7).value === null).toBe(!city);
    }
  });

  it('validates value cells by measure kind, on exact ranges only, with the target as the input message', () => {
    const sqrefs = [...xml.matchAll(/<dataValidation ([^>]*)>/g)].map((m) => ({
      attrs: m[1]!,
      sqref: /sqref="([^"]+)"/.exec(m[1]!)![1],
    }));
    // Value cells (E) and, for items that require evidence, 佐证材料 cells (H): nothing else.
    expect(sqrefs.every((v) => /^([EH])\d+(:\1\d+)?$/.test(v.sqref!))).toBe(true);
    const dv = (data as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const at = (id: string, region = '衢州市') =>
      dv[`E${rows.findIndex((r) => r.startsWith(`${region} ${id} `)) + 2}`]!;
    expect(at('1.1.1')).toMatchObject({
      type: 'list',
      formulae: ['"是,否"'],
      prompt: '是（已落实）',
      showInputMessage: true,
    });
    expect(at('1.2.1')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1000] });
    expect(at('1.3.1')).toMatchObject({ type: 'list', formulae: ['"A,B,C,D"'], prompt: '等级为 A' });
    expect(at('4.1.1')).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      prompt: '< 全国特种设备万台设备事故死亡率',
    });
    expect(at('4.1.2')).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      prompt: '= 0 起',
    });
    expect(at('4.2.1')).toMatchObject({ type: 'whole', formulae: [1] });
    expect(at('6.3.1', '开化县')).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      prompt: '= 100%',
    });
    const first = rows.findIndex((r) => r.includes(' 6.3.1 ')) + 2;
    expect(sqrefs.map((v) => v.sqref)).toContain(`E${first}:E${first + 6}`);
    expect(dv[`E${data.rowCount + 1}`]).toBeUndefined();
  });

  it('marks the rows that require evidence: ★ in 佐证要求, and the 佐证材料 cell says how many and which', () => {
    const dv = (data as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const row = (id: string) => rows.findIndex((r) => r.startsWith(`衢州市 ${id} `)) + 2;
    // 1.1.1 requires one document (会议纪要); 6.3.1 requires none.
    expect(data.getRow(row('1.1.1')).getCell(9).value).toBe('★ 至少 1 份');
    expect(dv[`H${row('1.1.1')}`]).toMatchObject({
      prompt: '至少 1 份：会议纪要。文件名之间用“、”隔开。',
      showInputMessage: true,
      type: 'textLength',
      formulae: [0],
    });
    expect(data.getRow(row('6.3.1')).getCell(9).value).toBeNull();
    expect(Object.keys(dv).filter((k) => k.startsWith('H'))).toEqual([`H${row('1.1.1')}`]);
  });

  it('says in 达标要求 what each row is held to, in words, wrapped beside the wrapped item name', () => {
    const row = (id: string) => data.getRow(rows.findIndex((r) => r.startsWith(`衢州市 ${id} `)) + 2);
    const prompt = (data as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model[`E${row('6.3.1').number}`]!.prompt;
    // The same words as the value cell's input message.
    expect(prompt).toContain(row('6.3.1').getCell(11).value as string);
    expect((row('6.3.1').getCell(11).value as string).length).toBeGreaterThan(0);
    for (const c of [3, 11]) expect(row('6.3.1').getCell(c).alignment?.wrapText).toBe(true);
    expect(row('6.3.1').getCell(5).alignment?.wrapText).toBeFalsy();
    // A name or target longer than its column gets a stored height, so LibreOffice prints it whole.
    let tall = 0;
    data.eachRow((r, n) => {
      if (n === 1) return;
      // Every character here but a few is CJK (2 wide): a text well over its column's width needs two lines.
      const over = [3, 11].some((c) => String(r.getCell(c).value ?? '').length * 2 > data.getColumn(c).width! + 2);
      if (over) {
        expect(r.height).toBeGreaterThanOrEqual(34);
        tall += 1;
      }
    });
    expect(tall).toBeGreaterThan(0);
  });

  it('draws thin borders round every cell of the input area and of 基准值', () => {
    for (const ws of [data, workbook.getWorksheet('基准值')!]) {
      const columns = (ws.getRow(1).values as unknown[]).length - 1;
      expect(ws.rowCount).toBeGreaterThan(1);
      ws.eachRow((r) => {
        for (let c = 1; c <= columns; c += 1)
          expect(r.getCell(c).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
      });
    }
  });

  it('prints 指标数据 and 基准值 on A4 landscape, fitted to the width, the header on every page', () => {
    for (const ws of [data, workbook.getWorksheet('基准值')!])
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
    const bench = workbook.getWorksheet('基准值')!;
    // Name beside the id, the source wrapped: no column so wide the page shrinks to an unreadable size.
    const total = [1, 2, 3, 4, 5].reduce((sum, c) => sum + bench.getColumn(c).width!, 0);
    expect(total).toBeLessThanOrEqual(140);
    expect(bench.getRow(2).getCell(5).alignment?.wrapText).toBe(true);
    expect(bench.getRow(2).getCell(2).alignment?.wrapText).toBe(true);
  });

  it('prefills 基准值 with the pack benchmarks for the template years', () => {
    const values = workbook
      .getWorksheet('基准值')!
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 5));
    // The id is what the reader matches; the name beside it is what a clerk reads.
    const name = pack.benchmarks[0]!.title;
    expect(values).toEqual([
      ['national-special-equipment-death-rate', name, 2018, 0.31],
      ['national-special-equipment-death-rate', name, 2019, 0.27],
      ['national-special-equipment-death-rate', name, 2020, 0.23],
    ]);
  });

  it("says in 来源 that a provincial benchmark is the province's target for the city, then the source", async () => {
    const provincialAir = {
      id: 'provincial-air',
      title: '省下达本市的空气质量目标',
      level: 'provincial' as const,
      values: {},
      source: '省年度目标责任书',
    };
    // The city's own target for 6.3.1 compares with the province's figure, so the sheet asks for it.
    const own = {
      ...profile,
      overrides: {
        '6.3.1': {
          target: { kind: 'benchmark' as const, op: '>=' as const, benchmark: 'provincial-air' },
          reason: '省下达的目标',
          location: { file: 'qcc.yaml' },
        },
      },
    };
    const provincial = { ...pack, benchmarks: [...pack.benchmarks, provincialAir] };
    const wb = await open(await templateXlsx(provincial, own, years, { tr }));
    const rows = wb
      .getWorksheet('基准值')!
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 6));
    expect(rows[0]).toEqual([
      'national-special-equipment-death-rate',
      pack.benchmarks[0]!.title,
      2018,
      0.31,
      '测试数据,不是真实值',
    ]);
    expect(rows.at(-1)).toEqual([
      'provincial-air',
      '省下达本市的空气质量目标',
      2020,
      undefined,
      '省下达本市的年度目标（或省公布的数），请按省里的文件填入。省年度目标责任书',
    ]);
  });

  it('asks only for the benchmarks a target in use compares against', async () => {
    const unused = { id: 'unused-figure', title: '没有考核项用到的数', level: 'national' as const, values: {} };
    const wb = await open(
      await templateXlsx({ ...pack, benchmarks: [...pack.benchmarks, unused] }, profile, years, { tr }),
    );
    const ids = new Set(wb.getWorksheet('基准值')!.getColumn(1).values.slice(2));
    expect(ids).toEqual(new Set(['national-special-equipment-death-rate']));
  });

  it('writes the same bytes every time', async () => {
    expect(Buffer.from(await templateXlsx(pack, profile, years, { tr })).equals(Buffer.from(bytes))).toBe(true);
  });

  it("holds each value cell to its item's own range: a growth rate may be negative, a score at most 100", async () => {
    const items = pack.items.map((i) =>
      i.id === '6.3.1'
        ? { ...i, measure: { ...i.measure, range: { min: '-100' } } }
        : i.id === '6.3.2'
          ? { ...i, measure: { kind: 'index' as const, unit: '分', range: { min: '0', max: '100' } } }
          : i,
    );
    const wb = await open(await templateXlsx({ ...pack, items }, profile, years, { tr }));
    const dv = (
      wb.getWorksheet('指标数据') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    const at = (id: string, region = '衢州市') =>
      dv[`E${rows.findIndex((r) => r.startsWith(`${region} ${id} `)) + 2}`]!;
    expect(at('6.3.1')).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [-100],
      error: '数值应为 不小于 -100%，只填数字',
    });
    expect(at('6.3.2', '柯城区')).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      error: '数值应为 0–100 分，只填数字',
    });
    expect(at('4.1.2')).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      error: '数值应为 不小于 0 的整数，只填数字',
    });
  });

  it("adds the item's description (what to enter) to the target in the value cell's prompt", async () => {
    const description = '填全年数，按生态环境部门公布的口径';
    const items = pack.items.map((i) => (i.id === '6.3.1' ? { ...i, description } : i));
    const wb = await open(await templateXlsx({ ...pack, items }, profile, years, { tr }));
    const dv = (
      wb.getWorksheet('指标数据') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    const at = (id: string) => dv[`E${rows.findIndex((r) => r.startsWith(`衢州市 ${id} `)) + 2}`]!;
    expect(at('6.3.1').prompt).toBe(`= 100%；填报口径：${description}`);
    expect(at('4.1.2').prompt).toBe('= 0 起');
  });

  it('uses the profile override as the shown target', async () => {
    const override = quzhou({
      overrides: {
        '6.3.1': {
          target: { kind: 'compare', op: '>=', value: '98' },
          reason: '本市方案',
          location: { file: 'qcc.yaml' },
        },
      },
    });
    const wb = await open(await templateXlsx(pack, override, years, { tr }));
    const dv = (
      wb.getWorksheet('指标数据') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    expect(Object.values(dv).some((v) => v.prompt === '≥ 98%')).toBe(true);
  });
});
