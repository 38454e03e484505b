// Nothing a person made is overwritten: -o never lands on an input, and a gap list or template is never replaced.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';

/**
 * A copy of a small city on the mini pack (one data file), so that a bug cannot damage the fixture itself; the refusal
 * is the subject here, not the built-in pack, and each command reads and evaluates the whole folder before writing.
 */
function cityCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-overwrite-'));
  const from = fixture('scenarios/output-over-input');
  const profile = readFileSync(join(from, 'qcc.yaml'), 'utf8').replace(
    '../../packs/mini',
    JSON.stringify(fixture('packs/mini')),
  );
  writeFileSync(join(dir, 'qcc.yaml'), profile);
  copyFileSync(join(from, CITY), join(dir, CITY));
  return dir;
}

const CITY = '指标数据.csv';

describe('writing outputs', () => {
  it.each([
    [['check', '--date', '2020-12-15', '--format', 'json', '-o', CITY]],
    [['validate', '.', '--format', 'json', '-o', CITY]],
    [['gaps', '--date', '2020-12-15', '-o', CITY]],
  ])('refuses to write over a data file it read from the folder: %j', async (argv) => {
    const dir = cityCopy();
    const before = readFileSync(join(dir, CITY));
    const run = await runCli(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`不会写入 ${CITY}：它是本次读取的输入文件`);
    expect(readFileSync(join(dir, CITY)).equals(before)).toBe(true);
  });

  it.each([[['template', '-o', '填报-柯城区.xlsx']], [['gaps', '--date', '2020-12-15', '-o', '整改清单.xlsx']]])(
    'does not replace an existing workbook people work in, unless --force: %j',
    async (argv) => {
      const dir = cityCopy();
      const target = join(dir, argv[argv.length - 1]!);
      writeFileSync(target, 'typed by a person');
      const run = await runCli(argv, { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('已存在，不会覆盖');
      expect(readFileSync(target, 'utf8')).toBe('typed by a person');
      const forced = await runCli([...argv, '--force'], { cwd: dir });
      expect(forced.code).toBe(0);
      expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    },
  );

  it('says in English when asked', async () => {
    const dir = cityCopy();
    const run = await runCli(['check', '--date', '2020-12-15', '--format', 'json', '-o', CITY, '--lang', 'en'], {
      cwd: dir,
    });
    expect(run.stderr).toContain(`will not write ${CITY}: it is an input of this run`);
  });

  it.runIf(existsSync('/dev/full'))('says the disk is full, in words, and leaves a device a device', async () => {
    const dir = cityCopy();
    const run = await runCli(['check', '--date', '2020-12-15', '--format', 'json', '-o', '/dev/full'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法写入 /dev/full：磁盘已满');
    expect(run.stderr).not.toMatch(/\.tmp|ENOSPC/);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});
