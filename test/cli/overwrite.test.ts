// Nothing a person made is overwritten: -o never lands on an input, and a gap list or template is never replaced.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';

/** A copy of the sample city, so that a bug cannot damage the fixture itself. */
function sampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-overwrite-'));
  cpSync(fixture('sample'), dir, { recursive: true });
  return dir;
}

const CITY = '衢州市-质量强市办.xlsx';

describe('writing outputs', () => {
  it.each([
    [['check', '--date', '2020-12-15', '--format', 'json', '-o', CITY]],
    [['validate', '.', '--format', 'json', '-o', CITY]],
    [['gaps', '--date', '2020-12-15', '-o', CITY]],
  ])('refuses to write over a data file it read from the folder: %j', async (argv) => {
    const dir = sampleCopy();
    const before = readFileSync(join(dir, CITY));
    const run = await runCli(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`不会写入 ${CITY}：它是本次读取的输入文件`);
    expect(readFileSync(join(dir, CITY)).equals(before)).toBe(true);
  });

  it.each([
    [['template', '-o', '填报-柯城区.xlsx']],
    [['gaps', '--date', '2020-12-15', '-o', '整改清单.xlsx']],
  ])('does not replace an existing workbook people work in, unless --force: %j', async (argv) => {
    const dir = sampleCopy();
    const target = join(dir, argv[argv.length - 1]!);
    writeFileSync(target, 'typed by a person');
    const run = await runCli(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('已存在，不会覆盖');
    expect(readFileSync(target, 'utf8')).toBe('typed by a person');
    const forced = await runCli([...argv, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('says in English when asked', async () => {
    const dir = sampleCopy();
    const run = await runCli(['check', '--date', '2020-12-15', '--format', 'json', '-o', CITY, '--lang', 'en'], { cwd: dir });
    expect(run.stderr).toContain(`will not write ${CITY}: it is an input of this run`);
  });
});
