// The glob matcher of data: and command-line inputs: *, ?, ** by path segment, Chinese names, either slash.
import { describe, expect, it } from 'vitest';
import { globMatcher, globSegments, isGlob, splitGlob, unsupportedGlob } from '../../src/util/glob.js';

/** [pattern (relative to its base), path relative to the same base, matches?] */
const CASES: [string, string, boolean][] = [
  ['*.xlsx', '开化县.xlsx', true],
  ['*.xlsx', '开化县.csv', false],
  ['*.xlsx', '开化县/数据.xlsx', false], // * stays within one folder
  ['*.XLSX', '开化县.xlsx', true], // letter case ignored, as on Windows
  ['填报-*.xlsx', '填报-柯城区.xlsx', true],
  ['填报-*.xlsx', '报送-柯城区.xlsx', false],
  ['填报-???.xlsx', '填报-柯城区.xlsx', true], // ? is one character, a Chinese one too
  ['填报-??.xlsx', '填报-柯城区.xlsx', false],
  ['*', '.xlsx', true],
  ['*县*', '开化县数据.csv', true],
  ['*县*', '柯城区.csv', false],
  ['a*b*c', 'abxbc', true],
  ['a*b*c', 'abxbd', false],
  ['**/*.csv', 'a.csv', true], // ** is zero folders too
  ['**/*.csv', '开化县/2020/a.csv', true],
  ['**/*.csv', '开化县/2020/a.xlsx', false],
  ['**', '开化县/a.xlsx', true],
  ['开化县/**/*.xlsx', '开化县/a.xlsx', true],
  ['开化县/**/*.xlsx', '开化县/一/二/a.xlsx', true],
  ['开化县/**/*.xlsx', '柯城区/a.xlsx', false],
  ['*/数据.xlsx', '开化县/数据.xlsx', true],
  ['*/数据.xlsx', '数据.xlsx', false],
  ['*/数据.xlsx', '开化县/旧/数据.xlsx', false],
  ['a**b.xlsx', 'axyb.xlsx', true], // ** inside a name is *
  ['a**b.xlsx', 'ax/yb.xlsx', false],
  ['**/旧/*', '报送/旧/a.xlsx', true],
  ['**/旧/*', '报送/新/a.xlsx', false],
  ['县\\*.csv', '县/a.csv', true], // a backslash separates folders
  ['./*.csv', 'a.csv', true],
];

describe('globMatcher', () => {
  it.each(CASES)('%s against %s → %s', (pattern, path, expected) => {
    expect(globMatcher(globSegments(pattern))(path)).toBe(expected);
  });

  it('stays fast on a pattern of many stars', () => {
    const match = globMatcher(globSegments('**/**/**/*a*a*a*a*a*a*b'));
    const started = Date.now();
    expect(match(`${'x/'.repeat(20)}${'a'.repeat(60)}`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('splitGlob', () => {
  it.each([
    ['报送/*.xlsx', '报送', ['*.xlsx']],
    ['报送/**/*.csv', '报送', ['**', '*.csv']],
    ['*.xlsx', '', ['*.xlsx']],
    ['../共享/报送/县-?/*.xlsx', '../共享/报送', ['县-?', '*.xlsx']],
    ['/srv/报送/*.xlsx', '/srv/报送', ['*.xlsx']],
    ['C:\\报送\\*.xlsx', 'C:/报送', ['*.xlsx']],
    ['报送/', '报送', []],
  ])('%s starts at %s and matches %j', (pattern, base, rest) => {
    expect(splitGlob(pattern)).toEqual({ base, rest });
  });
});

describe('isGlob and unsupportedGlob', () => {
  it.each([
    ['报送/', false, undefined],
    ['报送/*.xlsx', true, undefined],
    ['报送/?.csv', true, undefined],
    ['报送/{a,b}.xlsx', false, '{a,b}'],
    ['报送/[ab].xlsx', false, '[ab]'],
    ['报送/（2020）.xlsx', false, undefined],
  ])('%s', (text, glob, unsupported) => {
    expect(isGlob(text)).toBe(glob);
    expect(unsupportedGlob(text)).toBe(unsupported);
  });
});
