// The words a cell may hold instead of a number: placeholders, yes and no. The one list every reader and hint uses.
import { matchKey, normaliseText } from './normalise-text.js';

/** Typed where there is nothing to report. `无` is an answer ("no") for yes-no items, a placeholder elsewhere. */
export const PLACEHOLDERS: readonly string[] = [
  '-',
  '--',
  '—',
  '——',
  '–',
  '/',
  '\\',
  '无',
  '暂无',
  '空',
  '未填',
  '待填',
  'n/a',
  'na',
  'null',
  '…',
  '……',
  '...',
];

/** Verbs a clerk writes as 已… (yes) or 未… (no) for a measure that asks whether something was done. */
const DONE_VERBS = [
  '落实',
  '完成',
  '建立',
  '建成',
  '开展',
  '制定',
  '出台',
  '召开',
  '设立',
  '成立',
  '印发',
  '实施',
  '推行',
  '执行',
  '发布',
  '通过',
];

/** Yes and no as people type them; the first of each is the word qcc writes itself (template list, reports). */
export const YES_WORDS: readonly string[] = [
  '是',
  '有',
  '√',
  '✓',
  '✔',
  '☑',
  '达标',
  '已达标',
  ...DONE_VERBS.map((v) => `已${v}`),
  'yes',
  'y',
  'true',
  'done',
];
export const NO_WORDS: readonly string[] = [
  '否',
  '无',
  '×',
  '✗',
  '✘',
  '☒',
  '没有',
  '不达标',
  '未达标',
  ...DONE_VERBS.map((v) => `未${v}`),
  'no',
  'n',
  'x',
  'false',
  'not done',
];

const placeholderKeys = new Set(PLACEHOLDERS.map(matchKey));
const yesKeys = new Set(YES_WORDS.map(matchKey));
const noKeys = new Set(NO_WORDS.map(matchKey));

export function isPlaceholder(text: string): boolean {
  return text.trim() === '' || placeholderKeys.has(matchKey(text));
}

/** Whether `text` is the word 无 or another placeholder that is also a "no" answer. */
export function isNoWord(text: string): boolean {
  return noKeys.has(matchKey(text));
}

/**
 * true for a yes word, false for a no word, undefined otherwise. A word with its explanation in brackets reads as the
 * word when both agree: `是（已落实）` (what qcc prints as the target) is yes, `是（未落实）` is nothing.
 */
export function readYesNoWord(text: string): boolean | undefined {
  const key = matchKey(text);
  if (yesKeys.has(key)) return true;
  if (noKeys.has(key)) return false;
  const bracketed = /^(.+?)[(（](.+)[)）]$/.exec(normaliseText(text));
  if (!bracketed) return undefined;
  const word = readYesNoWord(bracketed[1] ?? '');
  return word !== undefined && word === readYesNoWord(bracketed[2] ?? '') ? word : undefined;
}

/** Grades are compared as written, with half-width upper-case letters, without 等级为 before or 级/等 after: "a级" → "A". */
export function normaliseGrade(text: string): string {
  return normaliseText(text)
    .replace(/^(等级为|等级|grade)\s*/i, '')
    .replace(/(等级|级|等)$/, '')
    .trim()
    .replace(/[a-z]/g, (c) => c.toUpperCase());
}

/** A few yes and no words for a hint ("是/否、有/无、√/×、已落实/未落实、yes/no"). */
export function yesNoExamples(): string {
  const pairs: [string, string][] = [
    ['是', '否'],
    ['有', '无'],
    ['√', '×'],
    ['已落实', '未落实'],
    ['已完成', '未完成'],
    ['达标', '不达标'],
    ['yes', 'no'],
  ];
  return pairs.map(([y, n]) => `${y}/${n}`).join('、');
}
