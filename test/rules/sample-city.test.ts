// The bundled sample city (fixtures/sample) fits the pack and the data layouts of DESIGN.md: the profile builds
// without errors, every row names a pack item and a region of the profile, the CSV is GBK with the long header.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildProfile, readProfileFile } from '../../src/pack/read-profile.js';
import { translator } from '../../src/i18n/index.js';
import { loadBuiltinPack, ROOT } from './load-pack.js';

const SAMPLE = join(ROOT, 'fixtures', 'sample');
const HEADER = ['地区', '指标编号', '指标名称', '年度', '数值', '单位', '填报单位', '佐证材料', '备注'];
const COUNTIES = ['柯城区', '衢江区', '龙游县', '江山市', '常山县', '开化县'];

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(SAMPLE, file));
  const ws = wb.getWorksheet(sheet);
  const rows: unknown[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('sample city fixtures/sample', () => {
  const { pack } = loadBuiltinPack();
  const tr = translator('zh');
  const ids = new Set(pack.items.map((i) => i.id));

  it('has a profile for 衢州市 and its six counties, year 2020, that builds against the pack without errors', () => {
    const file = readProfileFile('qcc.yaml', SAMPLE, tr);
    const built = buildProfile(file, pack, tr);
    expect([...file.problems, ...built.problems].filter((p) => p.severity === 'error')).toEqual([]);
    expect(built.profile).toMatchObject({ city: '衢州市', districts: COUNTIES, year: 2020 });
    expect(built.profile.waivers).toHaveLength(1);
    // 4.1.2 passes by its zone: its other route (4.1.3) needs no not_applicable entry.
    expect(built.profile.notApplicable).toEqual({});
  });

  it('has the city workbook, one workbook per county and one GBK CSV', () => {
    const files = readdirSync(SAMPLE).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        '衢州市-质量强市办.xlsx',
        ...COUNTIES.map((c) => `填报-${c}.xlsx`),
        '市住建局-工程质量指标导出.csv',
      ]),
    );
  });

  it.each(['衢州市-质量强市办.xlsx', ...COUNTIES.map((c) => `填报-${c}.xlsx`)])(
    '%s has title rows, then the long header, then rows of pack items for its own region',
    async (file) => {
      const rows = await sheetRows(file, '指标数据');
      const headerAt = rows.findIndex((r) => r[0] === '地区');
      expect(headerAt).toBeGreaterThan(0);
      expect(rows[headerAt]).toEqual(HEADER);
      const region = file.startsWith('填报-') ? file.slice(3, -5) : '衢州市';
      const data = rows.slice(headerAt + 1);
      expect(data.length).toBeGreaterThan(10);
      for (const r of data) {
        expect(r[0]).toBe(region);
        expect(ids.has(String(r[1])), String(r[1])).toBe(true);
        expect([2018, 2019, 2020]).toContain(r[3]);
      }
    },
  );

  it('has a 基准值 sheet in the city workbook naming pack benchmarks', async () => {
    const rows = await sheetRows('衢州市-质量强市办.xlsx', '基准值');
    expect(rows[0]).toEqual(['基准编号', '年度', '数值', '来源']);
    const known = new Set(pack.benchmarks.map((b) => b.id));
    for (const r of rows.slice(1)) expect(known.has(String(r[0]))).toBe(true);
  });

  it('has a CSV that reads as GBK (not UTF-8) with the long header and city rows of pack items', () => {
    const bytes = readFileSync(join(SAMPLE, '市住建局-工程质量指标导出.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const lines = parseCsv(iconv.decode(bytes, 'gbk')) as string[][];
    expect(lines[0]).toEqual(HEADER);
    for (const [region, item] of lines.slice(1)) {
      expect(region).toBe('衢州市');
      expect(ids.has(item ?? '')).toBe(true);
    }
  });

  it('has no region/item/year in two places', async () => {
    const seen = new Set<string>();
    const add = (r: unknown[]) => {
      const key = `${String(r[0])}|${String(r[1])}|${String(r[3])}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    };
    for (const file of ['衢州市-质量强市办.xlsx', ...COUNTIES.map((c) => `填报-${c}.xlsx`)]) {
      const rows = await sheetRows(file, '指标数据');
      rows.slice(rows.findIndex((r) => r[0] === '地区') + 1).forEach(add);
    }
    const csv = (
      parseCsv(iconv.decode(readFileSync(join(SAMPLE, '市住建局-工程质量指标导出.csv')), 'gbk')) as string[][]
    ).slice(1);
    for (const r of csv) add([r[0], r[1], null, Number(r[3])]);
  });
});
