// `qcc validate` in-process through main(): output per format, summary line, exit codes 0/1/2, -o.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FIXTURES } from '../data/helpers.js';

async function run(argv: string[], cwd = FIXTURES): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string | Uint8Array) => ((out += String(s)), true) },
    stderr: { write: (s: string | Uint8Array) => ((err += String(s)), true) },
    cwd,
    env: { LANG: 'zh_CN.UTF-8' },
  };
  const code = await main(argv, io);
  return { code, out, err };
}

const temp = mkdtempSync(join(tmpdir(), 'qcc-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('qcc validate', () => {
  it("a county left blank in the city's file and in its own is summed up in each file, not cell by cell", async () => {
    const { writeFileSync } = await import('node:fs');
    const rows = (region: string) => [`${region},6.3.1,2020,`, `${region},6.3.2,2020,`, `${region},6.4.1,2020,`];
    writeFileSync(
      join(temp, '市汇总.csv'),
      ['地区,指标编号,年度,数值', '衢州市,6.3.1,2020,100', ...rows('开化县')].join('\n'),
    );
    writeFileSync(join(temp, '开化县.csv'), ['地区,指标编号,年度,数值', ...rows('开化县')].join('\n'));
    const { out } = await run(['validate', join(temp, '市汇总.csv'), join(temp, '开化县.csv')]);
    expect(out).not.toContain('[value-missing]');
    expect(out.match(/开化县 2020 年有 3 项没有填数值：6\.3\.1、6\.3\.2、6\.4\.1 {2}\[values-missing\]/g)).toHaveLength(
      2,
    );
  });

  it('prints each mistake with its cell and exits 1 on errors', async () => {
    const { code, out } = await run(['validate', 'mistakes.xlsx']);
    expect(code).toBe(1);
    for (const place of [
      '指标数据!B2',
      '指标数据!E4',
      '指标数据!E5',
      '指标数据!D8',
      '指标数据!A9',
      '指标数据!E11',
      '指标数据!E15',
      '补报!A1',
      '基准值!A2',
    ]) {
      expect(out).toContain(`mistakes.xlsx › ${place}`);
    }
    expect(out).toContain(
      'mistakes.xlsx › 指标数据!E5  错误  考核项 6.4.1 的数值“良好”不是数字  [value-not-number]\n  → 只填数字',
    );
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 个文件，13 条数据，14 个错误，5 个警告');
  });

  it('reads units in the cell, holds each item to its own range, warns of a likely unit slip at its line', async () => {
    const { code, out } = await run(['validate', 'bulletin.csv'], join(FIXTURES, 'bulletin'));
    expect(code).toBe(1);
    const lines = out.split('\n').filter((l) => l.startsWith('bulletin.csv:'));
    expect(lines.map((l) => `${l.split('  ')[0]} ${/\[([a-z-]+)\]$/.exec(l)?.[1]}`)).toEqual([
      'bulletin.csv:5:4 value-implausible',
      'bulletin.csv:8:4 value-out-of-range',
      'bulletin.csv:9:4 value-implausible',
      'bulletin.csv:11:4 value-implausible',
      'bulletin.csv:12:4 unit-mismatch',
      'bulletin.csv:14:4 unit-mismatch',
      // Yes-no answers without the evidence the item requires (the file has no 佐证材料 column).
      'bulletin.csv:15:4 evidence-too-few',
      'bulletin.csv:17:4 evidence-too-few',
    ]);
    expect(out).toContain(
      'bulletin.csv:5:4  警告  考核项 6.1.4 的数值 600000 比常见范围（1–5000 万平方米）大约 1 万倍，是否把平方米当成了万平方米？  [value-implausible]',
    );
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 个文件，17 条数据，3 个错误，5 个警告');
  });

  it('exits 0 when there are only warnings, and says so in the summary', async () => {
    const { code, out } = await run(['validate', 'city-2020.xlsx', 'kecheng-by-year.xlsx']);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n').at(-1)).toBe('2 个文件，17 条数据，0 个错误，1 个警告');
  });

  it('a clean file says no problems', async () => {
    const { code, out } = await run(['validate', 'kecheng-by-year.xlsx']);
    expect(code).toBe(0);
    expect(out).toBe('1 个文件，6 条数据，0 个错误，0 个警告 没有发现问题。\n');
  });

  it('exits 2 when a file cannot be read at all', async () => {
    const { code, out } = await run(['validate', 'city-2020.xlsx', 'unsupported/old-format.xls']);
    expect(code).toBe(2);
    expect(out).toContain('unsupported/old-format.xls  错误  unsupported/old-format.xls 是 .xls 格式');
    expect(out).toContain('2 个文件，11 条数据，1 个错误，1 个警告');
  });

  it('exits 2 without files, and with a profile that does not exist', async () => {
    const none = await run(['validate']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('请指定要检查的数据文件');
    const bad = await run(['validate', '--profile', 'missing.yaml', 'city-2020.xlsx']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('找不到自查配置文件 missing.yaml');
  });

  it('reads every data file of a folder', async () => {
    const { code, out } = await run(['validate', 'unsupported']);
    expect(code).toBe(2);
    expect(out).toContain('3 个文件，0 条数据，3 个错误，0 个警告');
  });

  it('--format json follows qcc/validation@1 with sorted keys', async () => {
    const { code, out } = await run(['validate', '--format', 'json', 'kaihua-gbk.csv', 'city-2020.xlsx']);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['inputs', 'problems', 'schema', 'summary']);
    expect(doc.schema).toBe('qcc/validation@1');
    expect(doc.summary).toEqual({ errors: 1, files: 2, records: 15, warnings: 2 });
    expect(doc.inputs.map((i: { path: string; kind: string }) => [i.path, i.kind])).toEqual([
      ['city-2020.xlsx', 'xlsx'],
      ['kaihua-gbk.csv', 'csv'],
    ]);
    expect(doc.problems[1]).toEqual({
      code: 'value-out-of-range',
      severity: 'error',
      message: '考核项 6.3.2 的数值 1,000 超出范围：应为 0–100%',
      hint: expect.any(String),
      location: { file: 'kaihua-gbk.csv', line: 3, column: 5 },
    });
  });

  it('--format github prints annotations, the cell in the message for xlsx', async () => {
    const { out } = await run(['validate', '--format', 'github', 'mistakes.xlsx', 'kaihua-gbk.csv']);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^::error file=kaihua-gbk\.csv,line=3,col=5,title=value-out-of-range::考核项 6\.3\.2 的数值 1%2C000|^::error file=kaihua-gbk\.csv,line=3,col=5,title=value-out-of-range::考核项 6\.3\.2 的数值 1,000/,
    );
    expect(lines).toContain(
      '::error file=mistakes.xlsx,title=item-unknown::指标数据!B2: 规则包中没有考核项 6.3.9 — 是不是 6.3.1？',
    );
    expect(lines.at(-1)).toBe('2 个文件，17 条数据，15 个错误，6 个警告');
  });

  it('--format junit has one testcase per file; files with errors fail', async () => {
    const { out } = await run(['validate', '--format', 'junit', 'kecheng-by-year.xlsx', 'mistakes.xlsx']);
    expect(out).toContain('<testsuites name="qcc 数据检查" tests="2" failures="1" errors="0">');
    expect(out).toContain('<testcase classname="qcc.validate" name="kecheng-by-year.xlsx"/>');
    expect(out).toMatch(
      /<testcase classname="qcc.validate" name="mistakes.xlsx">\n {6}<failure type="[a-z-]+" message="15 个错误，5 个警告">/,
    );
  });

  it('-o writes the report to a file instead of the screen', async () => {
    const output = join(temp, 'validation.json');
    const args = ['--profile', join(FIXTURES, 'qcc.yaml'), '--pack', join(FIXTURES, '../packs/mini')];
    const { code, out } = await run(
      ['validate', '--format', 'json', '-o', output, ...args, join(FIXTURES, 'kecheng-by-year.xlsx')],
      temp,
    );
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(JSON.parse(readFileSync(output, 'utf8')).summary).toEqual({ errors: 0, files: 1, records: 6, warnings: 0 });
  });

  it('the bundled sample city (written by its own script) validates without errors', async () => {
    const sample = join(FIXTURES, '../sample');
    const { code, out } = await run(['validate', '--format', 'json', '.'], sample);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.summary.errors).toBe(0);
    expect(doc.summary.files).toBeGreaterThanOrEqual(8);
    expect(doc.summary.records).toBeGreaterThan(500);
  });

  it('--lang en', async () => {
    const { out } = await run(['validate', '--lang', 'en', 'kecheng-by-year.xlsx']);
    expect(out).toBe('1 file, 6 records, 0 errors, 0 warnings No problems found.\n');
  });

  it('--help lists the formats', async () => {
    const { out } = await run(['validate', '--help']);
    expect(out).toContain('table, json, github, junit');
  });
});

describe('qcc validate on a partly filled county workbook', () => {
  it('sums the blank cells of a region and year in one warning at the sheet; a lone blank keeps its cell', async () => {
    const { code, out } = await run(['validate', 'partial/kaihua-partial.xlsx']);
    expect(code).toBe(0);
    expect(out).toContain(
      'partial/kaihua-partial.xlsx › 指标数据  警告  开化县 2020 年有 6 项没有填数值：' +
        '1.2.1、1.3.1、6.3.1、6.3.2、6.4.1、6.4.2（其中 2 项填的是占位符 “/”、“—”）  [values-missing]\n  → 逐项填写数值',
    );
    expect(out).toContain('partial/kaihua-partial.xlsx › 指标数据!E10  警告  考核项 6.4.1 没有填数值  [value-missing]');
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 个文件，9 条数据，0 个错误，2 个警告');
  });

  it('--verbose lists every cell, and a placeholder says what the cell holds', async () => {
    const { out } = await run(['validate', 'partial/kaihua-partial.xlsx', '--verbose']);
    expect(out).not.toContain('[values-missing]');
    expect(out).toContain('partial/kaihua-partial.xlsx › 指标数据!E3  警告  考核项 1.2.1 没有填数值  [value-missing]');
    expect(out).toContain(
      'partial/kaihua-partial.xlsx › 指标数据!E4  警告  考核项 1.3.1 填的是占位符“—”，按未填报处理  [value-missing]',
    );
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 个文件，9 条数据，0 个错误，7 个警告');
  });

  it('the machine formats carry what the text shows: the summary, or every cell with --verbose', async () => {
    const codes = async (extra: string[]) => {
      const json = JSON.parse(
        (await run(['validate', 'partial/kaihua-partial.xlsx', '--format', 'json', ...extra])).out,
      ) as { problems: { code: string; location: { cell?: string } }[] };
      return json.problems.map((p) => `${p.code}@${p.location.cell ?? ''}`);
    };
    expect(await codes([])).toEqual(['values-missing@', 'value-missing@E10']);
    expect(await codes(['--verbose'])).toEqual([
      'value-missing@E3',
      'value-missing@E4',
      'value-missing@E6',
      'value-missing@E7',
      'value-missing@E8',
      'value-missing@E9',
      'value-missing@E10',
    ]);
    const github = (await run(['validate', 'partial/kaihua-partial.xlsx', '--format', 'github'])).out;
    expect(github.split('\n').filter((l) => l.startsWith('::warning')).length).toBe(2);
  });
});

describe('qcc validate and evidence (佐证材料)', () => {
  it('warns at the evidence cell when an item answered 是 lists fewer files than it requires', async () => {
    const { code, out } = await run(['validate', 'qujiang-bom.csv']);
    expect(code).toBe(0);
    expect(out).toContain(
      'qujiang-bom.csv:3:5  警告  考核项 1.1.1（衢江区 2020 年）须至少 1 份佐证材料，已列 0 份  [evidence-too-few]\n' +
        '  → 在“佐证材料”列写上佐证文件名，多个用“、”隔开',
    );
  });

  it('says nothing when the evidence is listed', async () => {
    const { out } = await run(['validate', 'city-2020.xlsx']);
    expect(out).not.toContain('evidence-too-few');
  });
});
