// What named data inputs become: folders their own data files, globs what they match, sorted; none found is an error.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/data/expand-inputs.js';
import { translator } from '../../src/i18n/index.js';

const tr = translator('zh');
const root = mkdtempSync(join(tmpdir(), 'qcc-expand-'));
for (const file of [
  '报送/衢州市.xlsx',
  '报送/柯城区.csv',
  '报送/B.xlsx',
  '报送/a.xlsx',
  '报送/说明.docx',
  '报送/~$衢州市.xlsx',
  '报送/.衢州市.xlsx',
  '报送/旧.xls',
  '报送/县/开化县.xlsx',
  '报送/县/2020/常山县.csv',
  '报送/.git/x.csv',
  '补报/江山市.XLSX',
]) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), '');
}
mkdirSync(join(root, '空'), { recursive: true });

const expand = async (...texts: string[]) => {
  const got = await expandInputs(
    texts.map((text) => ({ text, base: root })),
    root,
    tr,
  );
  return {
    files: got.files.map((f) => relative(root, f).split('\\').join('/')),
    problems: got.problems.map((p) => `${p.location.file} ${p.code} ${p.severity}`),
  };
};

describe('expandInputs', () => {
  it.each<[string, string[]]>([
    // The lock and hidden files a folder or pattern would have given are named, for the note on stderr.
    ['报送', ['报送/.衢州市.xlsx', '报送/~$衢州市.xlsx']],
    ['报送/*.xlsx', ['报送/.衢州市.xlsx', '报送/~$衢州市.xlsx']],
    ['报送/*.csv', []],
    ['补报', []],
  ])('%s skips %j', async (text, skipped) => {
    const got = await expandInputs([{ text, base: root }], root, tr);
    expect(got.skipped.map((f) => relative(root, f).split('\\').join('/'))).toEqual(skipped);
  });

  it("qcc.yaml's own folder (no data:) gives only the files directly in it", async () => {
    const got = await expandInputs([{ text: '报送', base: root, shallow: true }], root, tr);
    expect(got.files.map((f) => relative(root, f).split('\\').join('/'))).not.toContain('报送/县/开化县.xlsx');
  });

  it.each<[string[], string[], string[]]>([
    // A folder: its data files and its sub-folders' (and the formats that get a "save as .xlsx" problem), sorted by
    // path; no lock or hidden files, nothing in hidden folders.
    [
      ['报送'],
      [
        '报送/B.xlsx',
        '报送/a.xlsx',
        '报送/县/2020/常山县.csv',
        '报送/县/开化县.xlsx',
        '报送/旧.xls',
        '报送/柯城区.csv',
        '报送/衢州市.xlsx',
      ],
      [],
    ],
    [['报送/*.xlsx'], ['报送/B.xlsx', '报送/a.xlsx', '报送/衢州市.xlsx'], []],
    [['报送/**/*.csv'], ['报送/县/2020/常山县.csv', '报送/柯城区.csv'], []],
    [['报送/*/*.xlsx'], ['报送/县/开化县.xlsx'], []],
    [['*/*.xlsx'], ['报送/B.xlsx', '报送/a.xlsx', '报送/衢州市.xlsx', '补报/江山市.XLSX'], []],
    [['报送/*'], ['报送/B.xlsx', '报送/a.xlsx', '报送/旧.xls', '报送/柯城区.csv', '报送/衢州市.xlsx'], []],
    [['报送\\*.csv'], ['报送/柯城区.csv'], []],
    // In the order given, each file once.
    [
      ['补报/*.xlsx', '报送/a.xlsx', '报送/*.xlsx'],
      ['补报/江山市.XLSX', '报送/a.xlsx', '报送/B.xlsx', '报送/衢州市.xlsx'],
      [],
    ],
    // A named file is read as named, even one a folder would skip.
    [['报送/~$衢州市.xlsx'], ['报送/~$衢州市.xlsx'], []],
    [['报送/没有.xlsx'], ['报送/没有.xlsx'], []],
    // Nothing found: an error naming what was searched.
    [['空'], [], ['空 data-no-files error']],
    [['没有的文件夹/'], [], ['没有的文件夹 data-no-files error']],
    [['报送/*.json'], [], ['报送/*.json data-no-match error']],
    [['没有/*.xlsx'], [], ['没有/*.xlsx data-no-match error']],
    [['报送/县/*.csv', '空'], [], ['报送/县/*.csv data-no-match error', '空 data-no-files error']],
  ])('%j', async (texts, files, problems) => {
    expect(await expand(...texts)).toEqual({ files, problems });
  });

  it('says a file named in data: is missing at its line in qcc.yaml', async () => {
    const location = { file: 'qcc.yaml', line: 9, column: 7 };
    const got = await expandInputs([{ text: '市局/city.xlsx', base: root, location }], root, tr);
    expect(got.files).toEqual([]);
    expect(got.problems.map((p) => [p.code, p.message, p.location])).toEqual([
      ['data-no-match', 'data: 市局/city.xlsx 没有匹配到 .xlsx、.xlsm、.csv 或 .tsv 文件', location],
    ]);
  });

  it('names the folder a pattern was searched in, and where a data: entry was written', async () => {
    const location = { file: 'qcc.yaml', line: 9, column: 7 };
    const got = await expandInputs([{ text: '报送/*.json', base: root, location }], root, tr);
    expect(got.problems.map((p) => [p.message, p.location, p.hint?.slice(0, 8)])).toEqual([
      ['data: 报送/*.json 没有匹配到 .xlsx、.xlsm、.csv 或 .tsv 文件', location, '在 报送 中找过'],
    ]);
  });
});
