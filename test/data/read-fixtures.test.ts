// Real submissions (fixtures/data) through both xlsx readers: the same records, values and problem cells either way.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPack } from '../../src/pack/read-pack.js';
import { buildProfile, readProfileFile } from '../../src/pack/read-profile.js';
import type { Pack, Profile } from '../../src/model/index.js';
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadMini, readFixtures, problemPlaces, recordTuples } from './helpers.js';
import { readDataFiles } from '../../src/data/read-data.js';
import { translator } from '../../src/i18n/index.js';

describe.each(['full', 'stream'] as const)('xlsx through the %s reader', (mode) => {
  it('city workbook: merged title, header on row 3, merged 地区, evidence list, benchmarks, hidden sheet', async () => {
    const ds = await readFixtures(['city-2020.xlsx'], mode);
    expect(recordTuples(ds)).toEqual([
      ['衢州市', '1.1.1', 2020, true, '指标数据!E4'],
      ['衢州市', '1.2.1', 2019, '2.8', '指标数据!E5'],
      ['衢州市', '1.2.1', 2020, '3.1', '指标数据!E6'],
      ['衢州市', '1.3.1', 2020, 'A', '指标数据!E7'],
      ['衢州市', '4.1.1', 2020, '0.21', '指标数据!E8'],
      ['衢州市', '4.1.2', 2020, '0', '指标数据!E9'],
      ['衢州市', '4.2.1', 2020, '8', '指标数据!E10'],
      ['衢州市', '6.3.1', 2020, '100', '指标数据!E11'],
      ['衢州市', '6.4.1', 2019, '33.5', '指标数据!E12'],
      ['衢州市', '6.4.1', 2020, '35.2', '指标数据!E13'],
      ['衢州市', '6.4.2', 2020, '62.5', '指标数据!E14'],
    ]);
    const first = ds.records[0];
    expect(first?.evidence).toEqual(['市政府常务会议纪要〔2020〕5号', '会议签到表', '汇报材料']);
    expect(first?.reporter).toBe('市市场监管局');
    expect(first?.raw).toBe('是');
    expect(first?.location).toEqual({ file: 'city-2020.xlsx', sheet: '指标数据', cell: 'E4', row: 4, column: 5 });
    expect(ds.benchmarks.map((b) => [b.benchmark, b.year, b.value, b.source, b.location.cell])).toEqual([
      ['national-special-equipment-death-rate', 2020, '0.22', '国家市场监管总局通报', 'C2'],
      ['national-special-equipment-death-rate', 2019, '0.26', '国家市场监管总局通报', 'C3'],
    ]);
    // The instructions sheet is skipped silently; the hidden one with a note.
    expect(problemPlaces(ds)).toEqual([['sheet-hidden', 'city-2020.xlsx:旧数据!']]);
    expect(ds.inputs).toEqual([
      { path: 'city-2020.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), kind: 'xlsx' },
    ]);
  });

  it('county workbook: a sheet per year, percent-formatted fractions, 地区 merged down', async () => {
    const ds = await readFixtures(['kecheng-by-year.xlsx'], mode);
    expect(recordTuples(ds)).toEqual([
      ['柯城区', '6.3.1', 2019, '97.5', '2019年!D2'],
      ['柯城区', '6.3.2', 2019, '99', '2019年!D3'],
      ['柯城区', '6.4.1', 2019, '30.1', '2019年!D4'],
      ['柯城区', '6.3.1', 2020, '98.5', '2020年!D2'],
      ['柯城区', '6.3.2', 2020, '99.5', '2020年!D3'],
      ['柯城区', '6.4.1', 2020, '31.2', '2020年!D4'],
    ]);
    expect(ds.records[3]?.raw).toBe('98.5%');
    expect(ds.problems).toEqual([]);
  });

  it('wide layout: years as columns, region from the sheet name, blank years and section rows skipped', async () => {
    const ds = await readFixtures(['wide-jiangshan.xlsx'], mode);
    expect(recordTuples(ds)).toEqual([
      ['江山市', '6.3.1', 2018, '100', '江山市!D3'],
      ['江山市', '6.3.1', 2019, '100', '江山市!E3'],
      ['江山市', '6.3.1', 2020, '100', '江山市!F3'],
      ['江山市', '6.3.2', 2019, '97.5', '江山市!E4'],
      ['江山市', '6.3.2', 2020, '99', '江山市!F4'],
      ['江山市', '6.4.1', 2018, '28', '江山市!D6'],
      ['江山市', '6.4.1', 2019, '31.5', '江山市!E6'],
      ['江山市', '6.4.1', 2020, 'empty', '江山市!F6'],
    ]);
    expect(problemPlaces(ds)).toEqual([['value-missing', 'wide-jiangshan.xlsx:江山市!F6']]);
  });

  it('a hand-written workbook: shared strings, merges, custom and built-in percent formats, date as year', async () => {
    const ds = await readFixtures(['foreign-longyou.xlsx'], mode);
    expect(recordTuples(ds)).toEqual([
      ['龙游县', '6.3.1', 2020, '99.2', '龙游县!E3'],
      ['龙游县', '6.3.2', 2020, '98.5', '龙游县!E4'],
      ['龙游县', '6.4.1', 2020, '32.5', '龙游县!E5'],
      ['龙游县', '6.4.2', 2020, 'invalid', '龙游县!E6'],
    ]);
    // The cached #DIV/0! of a formula is an error either way (the streaming reader loses its name).
    expect(problemPlaces(ds)).toEqual([['value-error-cell', 'foreign-longyou.xlsx:龙游县!E6']]);
  });

  it('the mistakes file: each mistake at its cell', async () => {
    const ds = await readFixtures(['mistakes.xlsx'], mode);
    expect(problemPlaces(ds)).toEqual([
      ['benchmark-unknown', 'mistakes.xlsx:基准值!A2'],
      ['item-unknown', 'mistakes.xlsx:指标数据!B2'],
      ['item-title-mismatch', 'mistakes.xlsx:指标数据!C3'],
      ['unit-mismatch', 'mistakes.xlsx:指标数据!E4'],
      ['value-not-number', 'mistakes.xlsx:指标数据!E5'],
      ['value-out-of-range', 'mistakes.xlsx:指标数据!E6'],
      ['value-looks-like-fraction', 'mistakes.xlsx:指标数据!E7'],
      ['year-invalid', 'mistakes.xlsx:指标数据!D8'],
      ['region-unknown', 'mistakes.xlsx:指标数据!A9'],
      ['record-duplicate', 'mistakes.xlsx:指标数据!E11'],
      ['value-out-of-range', 'mistakes.xlsx:指标数据!E12'],
      ['value-not-yes-no', 'mistakes.xlsx:指标数据!E13'],
      ['value-missing', 'mistakes.xlsx:指标数据!E14'],
      ['value-error-cell', 'mistakes.xlsx:指标数据!E15'],
      ['formula-no-result', 'mistakes.xlsx:指标数据!E16'],
      ['item-missing', 'mistakes.xlsx:指标数据!B17'],
      ['record-repeated', 'mistakes.xlsx:指标数据!E19'],
      ['value-out-of-range', 'mistakes.xlsx:指标数据!E20'],
      ['column-missing', 'mistakes.xlsx:补报!A1'],
    ]);
    const byCode = (code: string) => ds.problems.find((p) => p.code === code);
    expect(byCode('item-unknown')?.hint).toBe('是不是 6.3.1？');
    expect(byCode('region-unknown')?.hint).toBe('是不是 衢江区？');
    expect(byCode('record-duplicate')?.message).toBe(
      '龙游县 6.3.2 2020 年的数据重复且不一致：这里是 99，mistakes.xlsx › 指标数据!E10 是 98.5',
    );
    expect(byCode('record-duplicate')?.severity).toBe('error');
    expect(byCode('record-repeated')?.severity).toBe('warning');
    expect(byCode('column-missing')?.message).toBe('缺少“数值”列');
    // Unknown items, years and regions leave the record out; the first of two duplicates is kept.
    expect(ds.records.some((r) => r.item === '6.3.9' || r.region === '衢江县')).toBe(false);
    expect(ds.records.filter((r) => r.region === '龙游县' && r.item === '6.3.2').map((r) => r.raw)).toEqual(['98.5']);
  });
});

describe('CSV as Excel and WPS save it', () => {
  it('GBK with CRLF, quoted fields, 2020年 as the year, a grouped number and a placeholder', async () => {
    const ds = await readFixtures(['kaihua-gbk.csv']);
    expect(recordTuples(ds)).toEqual([
      ['开化县', '6.3.1', 2020, '100', '2:5'],
      ['开化县', '6.3.2', 2020, 'invalid', '3:5'],
      ['开化县', '6.4.1', 2020, '30.5', '4:5'],
      ['开化县', '6.4.1', 2019, 'empty', '5:5'],
    ]);
    expect(ds.records[0]?.evidence).toEqual(['竣工验收备案表', '质监报告']);
    expect(ds.records[0]?.location).toEqual({ file: 'kaihua-gbk.csv', line: 2, column: 5 });
    expect(problemPlaces(ds)).toEqual([
      ['value-out-of-range', 'kaihua-gbk.csv:3:5'],
      ['value-missing', 'kaihua-gbk.csv:5:5'],
    ]);
  });

  it('UTF-16 with BOM and tabs (Unicode text), columns in another order, ‰ into a %-item', async () => {
    const ds = await readFixtures(['changshan-utf16.csv']);
    expect(recordTuples(ds)).toEqual([
      ['常山县', '6.3.1', 2020, '99.5', '2:3'],
      ['常山县', '6.3.2', 2020, '9.8', '3:3'],
    ]);
  });

  it('UTF-8 with BOM, semicolons and English headers', async () => {
    const ds = await readFixtures(['qujiang-bom.csv']);
    expect(recordTuples(ds)).toEqual([
      ['衢江区', '6.3.1', 2020, '100', '2:4'],
      ['衢江区', '1.1.1', 2020, true, '3:4'],
    ]);
    expect(ds.records[0]?.evidence).toEqual(['验收备案表']);
    expect(ds.inputs[0]?.kind).toBe('csv');
  });
});

describe('files that cannot be read', () => {
  it('.xls, .et and an .xls renamed to .xlsx get a problem saying to save as .xlsx', async () => {
    const ds = await readFixtures(['unsupported']);
    expect(ds.problems.map((p) => [p.code, p.location.file, p.message])).toEqual([
      [
        'data-file-format',
        'unsupported/old-format.xls',
        'unsupported/old-format.xls 是 .xls 格式，qcc 只能读取 .xlsx 和 .csv 文件',
      ],
      [
        'data-file-format',
        'unsupported/renamed.xlsx',
        'unsupported/renamed.xlsx 是 .xls 格式，qcc 只能读取 .xlsx 和 .csv 文件',
      ],
      [
        'data-file-format',
        'unsupported/wps-table.et',
        'unsupported/wps-table.et 是 .et 格式，qcc 只能读取 .xlsx 和 .csv 文件',
      ],
    ]);
    expect(ds.problems[0]?.hint).toContain('另存为');
    expect(ds.inputs).toEqual([]);
  });

  it('a workbook renamed to .csv is read by its bytes as the xlsx it is, with a warning to rename it', async () => {
    const misnamed = await readFixtures(['misnamed/city-2020-saved-as.csv']);
    const original = await readFixtures(['city-2020.xlsx']);
    expect(recordTuples(misnamed)).toEqual(recordTuples(original));
    expect(misnamed.inputs[0]?.kind).toBe('xlsx');
    expect(
      misnamed.problems.filter((p) => p.code === 'data-file-misnamed').map((p) => [p.severity, p.message]),
    ).toEqual([
      ['warning', 'misnamed/city-2020-saved-as.csv 的扩展名是 .csv，内容却是 Excel 工作簿（.xlsx），已按 .xlsx 读取'],
    ]);
  });

  it('a missing file is unreadable', async () => {
    const ds = await readFixtures(['nowhere.xlsx']);
    expect(problemPlaces(ds)).toEqual([['file-unreadable', 'nowhere.xlsx']]);
  });

  it('messages follow the language', async () => {
    const ds = await readFixtures(['unsupported/wps-table.et'], 'auto', 'en');
    expect(ds.problems[0]?.message).toBe('unsupported/wps-table.et is a .et file; qcc reads only .xlsx and .csv files');
  });
});

describe('several files merged', () => {
  it('records from every file, duplicates across files named with both places', async () => {
    const ds = await readFixtures(['wide-jiangshan.xlsx', 'mistakes.xlsx', 'kecheng-by-year.xlsx']);
    expect(ds.inputs.map((i) => i.path)).toEqual(['wide-jiangshan.xlsx', 'mistakes.xlsx', 'kecheng-by-year.xlsx']);
    // 江山市 6.3.2 2020 is 99 in the wide sheet and again (99%, 99) in the mistakes file: equal values, warnings.
    const repeats = ds.problems.filter((p) => p.code === 'record-repeated' && p.message.includes('江山市'));
    expect(repeats.map((p) => `${p.location.sheet}!${p.location.cell}`)).toEqual(['指标数据!E18', '指标数据!E19']);
    expect(repeats[0]?.message).toContain('wide-jiangshan.xlsx › 江山市!F4');
    expect(ds.records.filter((r) => r.region === '柯城区').length).toBe(6);
  });
});

describe('regions as people write them', () => {
  it('short names resolve; 市本级 and a blank 地区 are the city; an unknown region-like sheet is an error', async () => {
    const ds = await readFixtures(['regions.xlsx']);
    expect(recordTuples(ds)).toEqual([
      ['柯城区', '6.3.1', 2020, '99', '柯城!C2'],
      ['衢州市', '6.3.1', 2020, '100', 'Sheet1!D2'],
      ['龙游县', '6.3.1', 2020, '97', 'Sheet1!D4'],
      ['衢州市', '6.4.1', 2020, '31', 'Sheet1!D5'],
    ]);
    expect(problemPlaces(ds)).toEqual([['region-unknown', 'regions.xlsx:常山区!A1']]);
    expect(ds.problems[0]?.hint).toBe('是不是 常山县？');
  });

  it('without districts in the profile, regions are read as written; a non-region sheet name is the city', async () => {
    const { pack } = loadMini();
    const profile = { city: '衢州市', districts: [], overrides: {}, notApplicable: {}, waivers: [] };
    const ds = await readDataFiles(['regions.xlsx'], { cwd: FIXTURES, tr: translator('zh'), pack, profile });
    expect(ds.records.map((r) => r.region)).toEqual(['衢州市', '常山区', '龙游', '衢州市']);
    // 柯城 is no region name here, so its sheet is the city's, and Sheet1's 市本级 row repeats it.
    expect(problemPlaces(ds)).toEqual([['record-duplicate', 'regions.xlsx:Sheet1!D2']]);
  });
});

function loadSample(): { pack: Pack; profile: Profile } {
  const tr = translator('zh');
  const pack = readPack(fileURLToPath(new URL('../../rules/quality-city/', import.meta.url)), FIXTURES, tr)
    .pack as Pack;
  return { pack, profile: buildProfile(readProfileFile('qcc.yaml', `${FIXTURES}../sample/`, tr), pack, tr).profile };
}

describe('the two xlsx readers agree', () => {
  const sample = `${FIXTURES}../sample/`;
  const workbooks = [
    ...['city-2020.xlsx', 'kecheng-by-year.xlsx', 'wide-jiangshan.xlsx', 'mistakes.xlsx', 'regions.xlsx'].map(
      (f) => [f, FIXTURES] as const,
    ),
    ...readdirSync(sample)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => [f, sample] as const),
  ];
  it.each(workbooks)('%s: same records, benchmarks and problems', async (file, cwd) => {
    // The sample city is read with the built-in pack and its own profile, the fixtures with the mini pack.
    const { pack, profile } = cwd === sample ? loadSample() : loadMini();
    const full = await readDataFiles([file], { cwd, tr: translator('zh'), pack, profile, xlsxReader: 'full' });
    const stream = await readDataFiles([file], { cwd, tr: translator('zh'), pack, profile, xlsxReader: 'stream' });
    expect(stream).toEqual(full);
    expect(full.records.length).toBeGreaterThan(0);
    if (cwd === sample) expect(full.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('odd files', () => {
  it('a workbook without a recognisable table: the sheet and the file are reported', async () => {
    const ds = await readFixtures(['odd/no-table.xlsx']);
    expect(problemPlaces(ds)).toEqual([
      ['data-no-table', 'odd/no-table.xlsx'],
      ['sheet-no-header', 'odd/no-table.xlsx:汇总!'],
    ]);
    expect(ds.problems.map((p) => p.severity)).toEqual(['error', 'warning']);
    expect(ds.inputs.map((i) => i.path)).toEqual(['odd/no-table.xlsx']);
  });

  it('a benchmark given twice: an error when the values differ, a warning when they agree', async () => {
    const ds = await readFixtures(['odd/benchmarks-twice.xlsx']);
    expect(ds.problems.map((p) => [p.code, p.severity, p.location.cell])).toEqual([
      ['benchmark-duplicate', 'error', 'C3'],
      ['benchmark-duplicate', 'warning', 'C5'],
    ]);
    expect(ds.problems[0]?.message).toBe(
      '基准值 national-special-equipment-death-rate 2020 年重复：这里是 0.25，odd/benchmarks-twice.xlsx › 基准值!C2 是 0.22',
    );
    expect(ds.benchmarks.map((b) => [b.year, b.value])).toEqual([
      [2020, '0.22'],
      [2019, '0.26'],
    ]);
  });

  it.each(['full', 'stream'] as const)('a truncated workbook cannot be opened (%s reader)', async (mode) => {
    const ds = await readFixtures(['odd/broken.xlsx'], mode);
    expect(problemPlaces(ds)).toEqual([['data-file-corrupt', 'odd/broken.xlsx']]);
    expect(ds.problems[0]?.hint).toContain('重新保存');
  });

  it('an empty folder is an error: nothing to check is not a pass', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'qcc-empty-'));
    try {
      const ds = await readFixtures([empty]);
      expect(ds.problems.map((p) => [p.code, p.severity])).toEqual([['data-no-files', 'error']]);
      // The folder is named in the message itself, not left as a {file} placeholder.
      expect(ds.problems[0]?.message).toBe(`文件夹 ${ds.problems[0]?.location.file} 中没有 .xlsx 或 .csv 数据文件`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('a profile without a city', () => {
  it('calls the city 市本级, the name the engine falls back to', async () => {
    const { pack } = loadMini();
    const profile = { city: '', districts: [], overrides: {}, notApplicable: {}, waivers: [] };
    const ds = await readDataFiles(['regions.xlsx'], { cwd: FIXTURES, tr: translator('zh'), pack, profile });
    expect(ds.records.map((r) => r.region)).toEqual(['市本级', '常山区', '龙游', '市本级']);
  });
});
