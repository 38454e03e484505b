// `qcc gaps` wiring, with prepared reports for the evaluation: formats, --report, --previous, never over an input.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { registerGapsWith, type Evaluator } from '../../src/cli/commands/gaps.js';
import { loadPackAndProfile } from '../../src/cli/load-pack.js';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/model/index.js';
import { editAsPerson } from '../../fixtures/gaps/edit-as-person.mjs';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const MINI = join(FIXTURES, 'packs/mini');
const report = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `gaps/${name}.json`), 'utf8')) as Report;

/**
 * An evaluation that answers with a prepared report (pack and profile read for real), as the pipeline would.
 */
const engineFor =
  (name: string): Evaluator =>
  async (ctx, _files, options) => {
    const { loaded } = loadPackAndProfile(ctx, options);
    return loaded ? { pack: loaded.pack, profile: loaded.profile, report: report(name), inputs: [] } : undefined;
  };

async function gaps(
  argv: string[],
  cwd: string,
  engine?: Evaluator,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (c: string | Uint8Array) => (stdout += String(c)) },
    stderr: { write: (c: string | Uint8Array) => (stderr += String(c)) },
    cwd,
    env: {},
    today: '2021-03-01',
  };
  const code = await main(['gaps', ...argv], io, [registerGapsWith(engine)]);
  return { code, stdout, stderr };
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-gaps-'));
  writeFileSync(
    join(dir, 'qcc.yaml'),
    `pack: ${MINI}\ncity: 衢州市\ndistricts: [柯城区, 衢江区, 龙游县, 江山市, 常山县, 开化县]\nyear: 2020\n`,
  );
  return dir;
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => `${ws.name}:${ws.rowCount - 1}`);
}

describe('qcc gaps', () => {
  it('writes the workbook from data files through the engine', async () => {
    const dir = folder();
    const run = await gaps(['填报.xlsx', '-o', '整改清单.xlsx'], dir, engineFor('report-2020'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('已生成 整改清单.xlsx：整改事项 10 项。\n');
    expect(await sheetNames(join(dir, '整改清单.xlsx'))).toEqual([
      '说明:18',
      '整改清单:10',
      '市市场监管局:3',
      '市住建局:5',
      '市交通运输局:2',
    ]);
  });

  it('writes it from a saved report with --report, no engine needed', async () => {
    const dir = folder();
    copyFileSync(join(FIXTURES, 'gaps/report-2020.json'), join(dir, 'report.json'));
    expect((await gaps(['--report', 'report.json', '-o', 'list.xlsx'], dir)).code).toBe(0);
    expect(await sheetNames(join(dir, 'list.xlsx'))).toContain('整改清单:10');
  });

  it('carries over the previous list, and says what went where', async () => {
    const dir = folder();
    await gaps(['-o', 'v1.xlsx'], dir, engineFor('report-2020'));
    writeFileSync(join(dir, 'v1-filled.xlsx'), await editAsPerson(readFileSync(join(dir, 'v1.xlsx'))));
    const run = await gaps(['--previous', 'v1-filled.xlsx', '-o', 'v2.xlsx'], dir, engineFor('report-2020-recheck'));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('2 行移入“已销号”，1 行无法匹配');
    expect(run.stderr).toContain('[gap-list-unmatched]');
    expect(await sheetNames(join(dir, 'v2.xlsx'))).toEqual(
      expect.arrayContaining(['整改清单:9', '已销号:2', '未匹配:1']),
    );
  });

  it('reads several previous lists as one: each department sent back its own copy', async () => {
    const dir = folder();
    await gaps(['-o', 'v1.xlsx'], dir, engineFor('report-2020'));
    const copy = async (name: string, edits: Record<string, Record<string, string>>) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(dir, 'v1.xlsx')) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('整改清单')!;
      const headers = ws.getRow(1).values as unknown[];
      for (let r = 2; r <= ws.rowCount; r += 1) {
        const cell = (header: string) => ws.getRow(r).getCell(headers.indexOf(header)).value;
        const typed = edits[`${cell('考核项编号')}|${cell('地区')}`];
        for (const [header, value] of Object.entries(typed ?? {}))
          ws.getRow(r).getCell(headers.indexOf(header)).value = value;
      }
      writeFileSync(join(dir, name), new Uint8Array(await wb.xlsx.writeBuffer()));
    };
    await copy('市场监管局.xlsx', { '4.1.2|衢州市': { 责任人: '张伟' } });
    await copy('住建局.xlsx', { '6.4.1|衢州市': { 责任人: '赵敏' }, '4.1.2|衢州市': { 责任人: '误填' } });
    const run = await gaps(
      ['--previous', '市场监管局.xlsx', '--previous', '住建局.xlsx', '-o', 'v2.xlsx'],
      dir,
      engineFor('report-2020'),
    );
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'v2.xlsx')) as unknown as ArrayBuffer);
    const list = wb.getWorksheet('整改清单')!;
    const owners = list.getColumn((list.getRow(1).values as unknown[]).indexOf('责任人')).values;
    expect(owners.slice(2, 4)).toEqual(['张伟', '赵敏']);
    const unmatched = wb.getWorksheet('未匹配')!;
    const at = (header: string) => (unmatched.getRow(1).values as unknown[]).indexOf(header);
    const orphan = unmatched.getRow(2);
    expect([orphan.getCell(at('责任人')).value, String(orphan.getCell(at('原位置')).value)]).toEqual([
      '误填',
      expect.stringMatching(/^住建局\.xlsx › 整改清单!A\d+$/),
    ]);
  });

  it('refuses to write over the previous list (exit 2) and leaves it as it was', async () => {
    const dir = folder();
    await gaps(['-o', 'list.xlsx'], dir, engineFor('report-2020'));
    const before = readFileSync(join(dir, 'list.xlsx'));
    const run = await gaps(['--previous', 'list.xlsx', '-o', 'list.xlsx'], dir, engineFor('report-2020-recheck'));
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'list.xlsx')).equals(before)).toBe(true);
  });

  it.each([
    { argv: [], code: 2, says: '-o' },
    { argv: ['--previous', 'nowhere.xlsx', '-o', 'x.xlsx'], code: 2, says: '[file-unreadable]' },
  ])('exits $code for $argv', async ({ argv, code, says }) => {
    const run = await gaps(argv, folder(), engineFor('report-2020'));
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(says);
  });

  it('does not make a list when a data file cannot be read (exit 2), with the real pipeline', async () => {
    const dir = folder();
    writeFileSync(join(dir, '填报.xls'), 'not really an old Excel file');
    const run = await gaps(['填报.xls', '-o', 'list.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('填报.xls');
    expect(run.stderr).toMatch(/\[data-file-format\]/);
  });

  it('prints markdown or csv to stdout', async () => {
    const md = await gaps(['--format', 'markdown'], folder(), engineFor('report-2020'));
    expect(md.stdout.startsWith('# 整改清单：衢州市 2020 年')).toBe(true);
    const csv = await gaps(['--format', 'csv'], folder(), engineFor('report-2020'));
    expect(csv.stdout.split('\r\n')).toHaveLength(12);
  });
});
