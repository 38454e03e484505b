// `-` reads one data file from standard input; --stdin-filename is the name it goes by and chooses the reader.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture, ROOT } from '../helpers/paths.js';

const temp = mkdtempSync(join(tmpdir(), 'qcc-stdin-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const CSV = '地区,指标编号,年度,数值\n开化县,6.3.1,2020,abc\n开化县,6.3.2,2020,\n';
writeFileSync(join(temp, '开化县.csv'), CSV);
writeFileSync(join(temp, '常山县.csv'), iconv.encode(CSV.replace(/开化县/g, '常山县'), 'gbk'));
copyFileSync(fixture('sample/填报-开化县.xlsx'), join(temp, '填报-开化县.xlsx'));

async function run(argv: string[], stdin?: Uint8Array): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (s) => ((out += String(s)), true) },
    stderr: { write: (s) => ((err += String(s)), true) },
    cwd: temp,
    env: {},
    ...(stdin ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}),
  });
  return { code, out, err };
}

describe('qcc validate - (standard input)', () => {
  // Whatever arrives on stdin is judged exactly as the same bytes in a file of that name.
  it.each([
    ['a UTF-8 CSV', '开化县.csv'],
    ['a GBK CSV', '常山县.csv'],
    ['an xlsx (bytes)', '填报-开化县.xlsx'],
  ])('%s with --stdin-filename reads as the file of that name', async (_what, name) => {
    const bytes = readFileSync(join(temp, name));
    for (const format of ['table', 'json']) {
      const fromFile = await run(['validate', name, '--format', format]);
      const fromStdin = await run(['validate', '-', '--stdin-filename', name, '--format', format], bytes);
      expect(fromStdin).toEqual(fromFile);
    }
  });

  it('without --stdin-filename, an xlsx is told by its zip signature and the data goes by <stdin>', async () => {
    const xlsx = await run(['validate', '-', '--format', 'json'], readFileSync(join(temp, '填报-开化县.xlsx')));
    const json = JSON.parse(xlsx.out) as { inputs: { path: string; kind: string }[] };
    expect(json.inputs.map((i) => [i.path, i.kind])).toEqual([['<stdin>', 'xlsx']]);
    const csv = await run(['validate', '-'], readFileSync(join(temp, '开化县.csv')));
    expect(csv.code).toBe(1);
    expect(csv.out).toContain('<stdin>:2');
  });

  it('an xlsx sent as --stdin-filename 报送/开化县.csv is read as the workbook it is, with a warning', async () => {
    const bytes = readFileSync(join(temp, '填报-开化县.xlsx'));
    const run1 = await run(['validate', '-', '--stdin-filename', '报送/开化县.csv', '--format', 'json'], bytes);
    const json = JSON.parse(run1.out) as {
      summary: { records: number };
      problems: { code: string; message: string }[];
    };
    const asXlsx = JSON.parse((await run(['validate', '填报-开化县.xlsx', '--format', 'json'])).out) as typeof json;
    expect(json.summary.records).toBe(asXlsx.summary.records);
    expect(json.summary.records).toBeGreaterThan(0);
    expect(json.problems.find((p) => p.code === 'data-file-misnamed')?.message).toBe(
      '报送/开化县.csv 的扩展名是 .csv，内容却是 Excel 工作簿（.xlsx），已按 .xlsx 读取',
    );
  });

  it('check reads - with the other files, and names it by --stdin-filename', async () => {
    const { out } = await run(
      ['check', '-', '--stdin-filename', '报送/开化县.csv', '--format', 'json', '--fail-on', 'none'],
      Buffer.from(CSV),
    );
    const report = JSON.parse(out) as { inputs: { path: string }[]; problems: { location: { file: string } }[] };
    expect(report.inputs.map((i) => i.path)).toContain('报送/开化县.csv');
    expect(report.problems.some((p) => p.location.file === '报送/开化县.csv')).toBe(true);
  });

  it("the built CLI reads the process's standard input, and prints no progress into a pipe", () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/qcc.js'), 'validate', '-', '--stdin-filename', '报送/常山县.csv', '--format', 'json'],
      { cwd: temp, input: readFileSync(join(temp, '常山县.csv')), encoding: 'utf8', env: { PATH: process.env.PATH } },
    );
    const json = JSON.parse(run.stdout) as { inputs: { path: string }[]; problems: { location: { file: string } }[] };
    expect(json.inputs.map((i) => i.path)).toEqual(['报送/常山县.csv']);
    expect(json.problems.map((p) => p.location.file)).toContain('报送/常山县.csv');
    expect(run.stderr).toBe('');
  });

  it.each([
    [['validate', '-', '-'], '只能有一个 -'],
    [['validate', '开化县.csv', '--stdin-filename', 'a.csv'], '请在文件参数中写 -'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const { code, err } = await run(argv, Buffer.from(CSV));
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
