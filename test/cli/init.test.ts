// `qcc init`: a commented qcc.yaml and the template in the current folder; never over an existing file.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/run-cli.js';
import { qccWorkbookKind } from '../../src/data/qcc-written.js';
import { fillOneValue } from '../helpers/fill-template.js';
import { ROOT } from '../helpers/paths.js';

/** In a folder, on 2021-03-01 (so that the default evaluation year is 2020). */
const runQcc = (argv: string[], cwd: string) => runCli(argv, { cwd, today: '2021-03-01' });

const MINI = resolve(import.meta.dirname, '../../fixtures/packs/mini');
const empty = () => mkdtempSync(join(tmpdir(), 'qcc-init-'));

describe('qcc init', () => {
  it('writes a commented qcc.yaml that lints clean, and the template for it', async () => {
    const dir = empty();
    const run = await runQcc(
      ['init', '--pack', MINI, '--city', '衢州市', '--districts', '柯城区,衢江区', '--year', '2020'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('已生成 qcc.yaml、填报模板.xlsx');
    const yaml = readFileSync(join(dir, 'qcc.yaml'), 'utf8');
    expect(yaml).toContain('city: 衢州市\n');
    expect(yaml).toContain('districts:\n  - 柯城区\n  - 衢江区\n');
    expect(yaml).toContain('year: 2020\n');
    // The editor's schema line is the first line, and names the $id of the profile schema qcc ships.
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'src/pack/schema/profile.schema.json'), 'utf8')) as {
      $id: string;
    };
    expect(yaml.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema.$id}`);
    expect(
      existsSync(resolve(ROOT, schema.$id.replace(/^https:\/\/raw\.githubusercontent\.com\/qcc-cn\/qcc\/main\//, ''))),
    ).toBe(true);
    for (const commented of ['# overrides:', '# not_applicable:', '# waivers:', '# deadline: 2020-12-31'])
      expect(yaml).toContain(commented);
    const lint = await runQcc(['rules', 'lint', MINI, '--profile', 'qcc.yaml'], dir);
    // The mini pack leaves one target to the city: that warning is the only thing lint says.
    expect(lint.stderr).not.toContain('错误');
    expect(lint.stderr.match(/\[[a-z-]+\]/g)).toEqual(['[target-unset]']);
    expect(lint.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, '填报模板.xlsx')) as unknown as ArrayBuffer);
    expect(new Set(wb.getWorksheet('指标数据')!.getColumn(1).values.slice(2))).toEqual(
      new Set(['衢州市', '柯城区', '衢江区']),
    );
  });

  it.each(['zh', 'en'])(
    'its commented examples, once uncommented, are valid for the built-in pack (%s)',
    async (lang) => {
      const dir = empty();
      expect(
        (
          await runQcc(
            ['init', '--city', '衢州市', '--districts', '柯城区,衢江区,开化县', '--year', '2020', '--lang', lang],
            dir,
          )
        ).code,
      ).toBe(0);
      const yaml = readFileSync(join(dir, 'qcc.yaml'), 'utf8');
      // What a user does: delete the "# " in front of an example section.
      const uncommented = yaml.replace(
        /^# ((?:overrides|not_applicable|waivers|deadline|departments|phases):.*| {2}.*)$/gm,
        '$1',
      );
      expect(uncommented).not.toBe(yaml);
      writeFileSync(join(dir, 'qcc.yaml'), uncommented);
      const lint = await runQcc(['rules', 'lint', '--profile', 'qcc.yaml'], dir);
      expect(lint.stderr).not.toMatch(
        /\[(profile-unknown-[a-z]+|profile-department-[a-z]+|profile-phase-order|profile-component-exempted|schema-[a-z-]+|target-measure)\]/,
      );
      expect(lint.code).toBe(0);
    },
  );

  // Issue 11: another city's qcc.yaml names no other city, county or research note, and its template's 填报单位 are the
  // pack's generic departments.
  it("writes a qcc.yaml for 台州市 with no other city's words, and a template whose reporters name no city", async () => {
    const dir = empty();
    const run = await runQcc(['init', '--city', '台州市', '--districts', '椒江区,黄岩区', '--year', '2024'], dir);
    expect(run.code).toBe(0);
    const yaml = readFileSync(join(dir, 'qcc.yaml'), 'utf8');
    for (const word of ['衢州', '柯城', '开化', '义乌', '宁波', '江门', '金华', '南通', '天水', '兰州', '调研', '§'])
      expect(yaml, word).not.toContain(word);
    expect(run.stderr).not.toMatch(/衢州|开化|柯城/);
    expect(yaml).toContain('# phases:\n#   rectify: { from: 2024-09, to: 2024-12 }');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, '填报模板.xlsx')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('指标数据')!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const reporters = new Set(
      (sheet.getColumn(headers.indexOf('填报单位')).values as unknown[])
        .slice(2)
        .filter((v) => v !== null && v !== undefined),
    );
    expect(reporters).toContain('属地海关');
    for (const reporter of reporters) expect(String(reporter)).not.toMatch(/衢州|宁波|义乌|江门|金华|南通|天水|兰州/);
  });

  it('writes placeholders when no city is given, and the profile still parses', async () => {
    const dir = empty();
    expect((await runQcc(['init', '--pack', MINI], dir)).code).toBe(0);
    const yaml = readFileSync(join(dir, 'qcc.yaml'), 'utf8');
    expect(yaml).toContain('city: 某某市');
    expect(yaml).toContain('year: 2020');
    expect((await runQcc(['rules', 'lint', MINI, '--profile', 'qcc.yaml'], dir)).code).toBe(0);
  });

  it.each(['qcc.yaml', '填报模板.xlsx'])(
    'refuses to overwrite an existing %s (exit 2) and writes nothing',
    async (file) => {
      const dir = empty();
      writeFileSync(join(dir, file), 'mine');
      const run = await runQcc(['init', '--pack', MINI], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${file} 已存在，不会覆盖`);
      expect(readFileSync(join(dir, file), 'utf8')).toBe('mine');
      const other = file === 'qcc.yaml' ? '填报模板.xlsx' : 'qcc.yaml';
      expect(existsSync(join(dir, other))).toBe(false);
    },
  );

  it('writes data: 报送/ and makes the folder, so the blank template beside qcc.yaml is never read as data', async () => {
    const dir = empty();
    const run = await runQcc(
      ['init', '--pack', MINI, '--city', '衢州市', '--districts', '柯城区,衢江区', '--year', '2020'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'qcc.yaml'), 'utf8')).toMatch(
      /\n# 报送数据放在哪里[^\n]*\n(#[^\n]*\n)*data: 报送\/\n/,
    );
    expect(statSync(join(dir, '报送')).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, '报送'))).toEqual([]);
    // The next steps say where filled files go.
    expect(run.stderr).toContain('收回的文件另存到 报送/ 文件夹');
    expect(run.stderr).toContain('qcc validate 报送/');
    // Right after init there is nothing to check: exit 2 with the reason, not a score of 0 from the blank template.
    const check = await runQcc(['check'], dir);
    expect(check.code).toBe(2);
    expect(check.stdout).toBe('');
    expect(check.stderr).toContain(
      'qcc.yaml:19:7 (data)  错误  文件夹 报送 中没有 .xlsx 或 .csv 数据文件  [data-no-files]',
    );
    expect(check.stderr).not.toContain('填报模板.xlsx');
  });

  it('leaves an existing 报送/ folder and its files as they are', async () => {
    const dir = empty();
    mkdirSync(join(dir, '报送'));
    writeFileSync(join(dir, '报送', '开化县.csv'), '地区,指标编号,年度,数值\n');
    const run = await runQcc(['init', '--pack', MINI], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('已有的文件夹 报送/ 保持不变');
    expect(readdirSync(join(dir, '报送'))).toEqual(['开化县.csv']);
    expect(readFileSync(join(dir, '报送', '开化县.csv'), 'utf8')).toBe('地区,指标编号,年度,数值\n');
  });

  it('refuses when a file named 报送 is in the way, and writes nothing', async () => {
    const dir = empty();
    writeFileSync(join(dir, '报送'), 'mine');
    const run = await runQcc(['init', '--pack', MINI], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('报送 已存在，不会覆盖');
    expect(existsSync(join(dir, 'qcc.yaml'))).toBe(false);
  });

  it('reads the template filled in and saved into 报送/ (mark kept), not the blank one beside qcc.yaml', async () => {
    const dir = empty();
    expect(
      (await runQcc(['init', '--pack', MINI, '--city', '衢州市', '--districts', '柯城区', '--year', '2020'], dir)).code,
    ).toBe(0);
    // What a clerk does in Excel: fill a value into the template and save it under a new name in 报送/.
    writeFileSync(
      join(dir, '报送', '填报-衢州市.xlsx'),
      await fillOneValue(readFileSync(join(dir, '填报模板.xlsx')), '1.1.1', '衢州市', '是'),
    );
    const check = await runQcc(['check', '--format', 'json', '--fail-on', 'none'], dir);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as {
      inputs: { path: string }[];
      outcomes: { item: string; region: string; status: string }[];
      problems: { code: string }[];
    };
    expect(report.inputs.map((i) => i.path)).toContain('报送/填报-衢州市.xlsx');
    // Read as data: the item has its value (whether it passes is for the evidence rules to say), not 缺数据.
    expect(report.outcomes.find((o) => o.item === '1.1.1' && o.region === '衢州市')?.status).not.toBe('missing');
    expect(await qccWorkbookKind(join(dir, '报送', '填报-衢州市.xlsx'))).toBe('template');
    expect(report.problems.map((p) => p.code)).not.toContain('input-written-by-qcc');
  });
});
