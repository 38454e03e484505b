// Data named on the command line: qcc expands globs itself (quoted, or on a Windows shell), reads folders with their
// sub-folders, skips lock and hidden files with a note, and exits 2 when a pattern matches nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'qcc-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const row = (region: string) => `地区,指标编号,年度,数值\n${region},6.3.1,2020,95\n`;
for (const [file, text] of [
  ['报送/开化县.csv', row('开化县')],
  ['报送/县/常山县.csv', row('常山县')],
  ['报送/县/2020/江山市.csv', row('江山市')],
  ['报送/~$开化县.csv', 'lock'],
  ['报送/.~lock.开化县.csv#', 'lock'],
  ['报送/.git/x.csv', 'not data'],
] as const) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const files = async (argv: string[]) => {
  const run = await runCli(['validate', ...argv, '--format', 'json'], { cwd: dir });
  return {
    ...run,
    paths: run.stdout ? (JSON.parse(run.stdout) as { inputs: { path: string }[] }).inputs.map((i) => i.path) : [],
  };
};

describe('data inputs on the command line', () => {
  it.each([
    ['报送/**/*.csv', ['报送/县/2020/江山市.csv', '报送/县/常山县.csv', '报送/开化县.csv']],
    ['报送\\**\\*.csv', ['报送/县/2020/江山市.csv', '报送/县/常山县.csv', '报送/开化县.csv']],
    ['报送/*/*.csv', ['报送/县/常山县.csv']],
    ['报送/?????.csv', []],
    ['报送/开化?.csv', ['报送/开化县.csv']],
    ['报送', ['报送/县/2020/江山市.csv', '报送/县/常山县.csv', '报送/开化县.csv']],
  ])('%s reads %j', async (pattern, expected) => {
    const run = await files([pattern]);
    if (expected.length) {
      // Read: whatever the data's own problems, not the exit 2 of "nothing to read".
      expect(run.code).not.toBe(2);
      expect(run.paths).toEqual(expected);
    } else expect(run.code).toBe(2);
  });

  it('a file named twice (by a pattern and by name) is read once', async () => {
    const run = await files(['报送/开化县.csv', '报送/*.csv']);
    expect(run.paths).toEqual(['报送/开化县.csv']);
  });

  it('lock files a folder would have given are named in a note on stderr; hidden folders are passed over', async () => {
    const run = await files(['报送']);
    expect(run.stderr).toBe(
      '注：已跳过临时文件和隐藏文件（不是报送数据）：报送/.~lock.开化县.csv#、报送/~$开化县.csv\n',
    );
  });

  it('a pattern that matches nothing is exit 2, with a Chinese message naming the pattern', async () => {
    const run = await runCli(['validate', '报送/**/*.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain('报送/**/*.xlsx 没有匹配到 .xlsx、.xlsm、.csv 或 .tsv 文件');
  });
});
