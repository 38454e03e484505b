// Reads a value cell for an item's measure kind: a number in the item's unit, yes/no, a grade, missing or invalid.
import type { Item, RecordValue } from '../model/index.js';
import type { MessageParams, Translator } from '../i18n/index.js';
import type { ProblemCode } from '../util/problem.js';
import { compareDecimal, shiftDecimal } from '../util/decimal.js';
import type { CellContent } from './grid.js';
import { cellText } from './cell-text.js';
import { excelDecimal, isPercentFormat, percentDecimal } from './excel-number.js';
import { matchKey, normaliseText } from './normalise-text.js';
import { readNumberText, type Scale } from './read-number.js';

/** A finding about the cell, turned into a Problem with the cell's location by the caller. */
export interface ValueIssue {
  code: ProblemCode;
  severity: 'error' | 'warning';
  params: MessageParams;
}

export interface ReadValue {
  value: RecordValue;
  raw: string;
  issues: ValueIssue[];
}

/** Typed where there is nothing to report. `无` is an answer ("no") for yes-no items, a placeholder elsewhere. */
export const PLACEHOLDERS: readonly string[] = ['-', '--', '—', '——', '–', '/', '\\', '无', '暂无', '空', '未填', '待填', 'n/a', 'na', 'null', '…', '……', '...'];
export const YES_WORDS: readonly string[] = ['是', '有', '√', '✓', '✔', '☑', 'yes', 'y', 'true', '已完成'];
export const NO_WORDS: readonly string[] = ['否', '无', '×', '✗', '✘', 'x', 'no', 'n', 'false', '未完成'];

const placeholderKeys = new Set(PLACEHOLDERS.map(matchKey));
const yesKeys = new Set(YES_WORDS.map(matchKey));
const noKeys = new Set(NO_WORDS.map(matchKey));

const NUMERIC = new Set(['rate', 'count', 'amount', 'index', 'rank', 'events']);

export function isPlaceholder(text: string): boolean {
  return text.trim() === '' || placeholderKeys.has(matchKey(text));
}

function issue(code: ProblemCode, severity: 'error' | 'warning', params: MessageParams = {}): ValueIssue {
  return { code, severity, params };
}

function invalid(raw: string, reason: string, issues: ValueIssue[]): ReadValue {
  return { value: { type: 'invalid', reason }, raw, issues };
}

/** Blank, placeholder, error cell or missing formula result: the same for every measure kind. */
function unreadable(content: CellContent, raw: string, item: Item): ReadValue | undefined {
  if (content.kind === 'error') return invalid(raw, raw, [issue('value-error-cell', 'error', { value: raw, item: item.id })]);
  if (content.kind === 'formula-no-result') return invalid(raw, 'formula-no-result', [issue('formula-no-result', 'warning', { formula: raw })]);
  if (content.kind === 'blank') return { value: { type: 'empty' }, raw, issues: [issue('value-missing', 'warning', { item: item.id, value: raw })] };
  if (content.kind === 'text' && isPlaceholder(content.text) && !(item.measure.kind === 'yes-no' && noKeys.has(matchKey(content.text)))) {
    return { value: { type: 'empty' }, raw, issues: [issue('value-missing', 'warning', { item: item.id, value: raw })] };
  }
  return undefined;
}

const percentUnit = (unit: string | undefined): Scale | undefined => {
  const key = unit ? normaliseText(unit) : '';
  return key === '%' || key === '百分比' ? '%' : key === '‰' || key === '千分比' ? '‰' : undefined;
};

/** Moves a number given in `from` scale into the item's scale; undefined when the units do not convert. */
function rescale(value: string, from: Scale | undefined, to: Scale | undefined): string | undefined {
  if (from === undefined || from === to) return value;
  if (to === '%') return shiftDecimal(value, -1); // ‰ → %
  if (to === '‰') return shiftDecimal(value, 1); // % → ‰
  return undefined;
}

function readNumeric(content: CellContent, raw: string, item: Item, unitColumn: string | undefined, tr: Translator): ReadValue {
  const itemUnit = item.measure.unit;
  const itemScale = percentUnit(itemUnit);
  let value: string;
  let scale: Scale | undefined;
  if (content.kind === 'number') {
    if (isPercentFormat(content.numFmt)) {
      value = percentDecimal(content.value);
      scale = '%';
    } else value = excelDecimal(content.value);
  } else if (content.kind === 'text') {
    const read = readNumberText(content.text, itemUnit);
    if (!read.ok) return invalid(raw, 'not-a-number', [issue('value-not-number', 'error', { value: raw, item: item.id, unit: itemUnit ?? '' })]);
    value = read.value;
    scale = read.scale;
  } else {
    return invalid(raw, 'not-a-number', [issue('value-not-number', 'error', { value: raw, item: item.id, unit: itemUnit ?? '' })]);
  }
  // A unit column names the unit of a bare number; it must agree with the item's unit.
  const given = unitColumn ? normaliseText(unitColumn) : '';
  if (given && itemUnit && matchKey(given) !== matchKey(itemUnit)) {
    const givenScale = percentUnit(given);
    if (givenScale && itemScale && scale === undefined) scale = givenScale;
    else return invalid(raw, 'unit-mismatch', [issue('unit-mismatch', 'error', { unit: given, expected: itemUnit, item: item.id })]);
  }
  const converted = rescale(value, scale, itemScale);
  if (converted === undefined) {
    return invalid(raw, 'unit-mismatch', [issue('unit-mismatch', 'error', { unit: scale ?? '', expected: itemUnit ?? '—', item: item.id })]);
  }
  const issues: ValueIssue[] = [];
  const range = outOfRange(converted, item, tr);
  if (range) return invalid(raw, 'out-of-range', [issue('value-out-of-range', 'error', { value: raw, item: item.id, range: range })]);
  if (item.measure.kind === 'rate' && itemScale === '%' && scale === undefined && compareDecimal(converted, '0') > 0 && compareDecimal(converted, '1') < 0) {
    issues.push(issue('value-looks-like-fraction', 'warning', { value: raw, item: item.id, percent: shiftDecimal(converted, 2) }));
  }
  return { value: { type: 'number', value: converted }, raw, issues };
}

/** The allowed range in words' parameters, when `value` is outside it. */
function outOfRange(value: string, item: Item, tr: Translator): string | undefined {
  const kind = item.measure.kind;
  const scale = percentUnit(item.measure.unit);
  const integer = !value.includes('.');
  if (kind === 'rate') {
    const max = scale === '%' ? '100' : scale === '‰' ? '1000' : undefined;
    if (compareDecimal(value, '0') < 0 || (max && compareDecimal(value, max) > 0)) return max ? `0–${max}` : tr.t('data.range.non-negative');
  }
  if ((kind === 'count' || kind === 'events') && (compareDecimal(value, '0') < 0 || !integer)) return tr.t('data.range.count');
  if (kind === 'rank' && (compareDecimal(value, '1') < 0 || !integer)) return tr.t('data.range.rank');
  return undefined;
}

function readYesNo(content: CellContent, raw: string, item: Item): ReadValue {
  if (content.kind === 'boolean') return { value: { type: 'boolean', value: content.value }, raw, issues: [] };
  const key = matchKey(raw);
  if (content.kind === 'text' && yesKeys.has(key)) return { value: { type: 'boolean', value: true }, raw, issues: [] };
  if (content.kind === 'text' && noKeys.has(key)) return { value: { type: 'boolean', value: false }, raw, issues: [] };
  return invalid(raw, 'not-yes-no', [issue('value-not-yes-no', 'error', { value: raw, item: item.id })]);
}

/** Grades are compared as written, with half-width upper-case letters and without a trailing 级/等: "a级" → "A". */
export function normaliseGrade(text: string): string {
  return normaliseText(text)
    .replace(/(等级|级|等)$/, '')
    .trim()
    .replace(/[a-z]/g, (c) => c.toUpperCase());
}

export function readValue(content: CellContent, item: Item, tr: Translator, unitColumn?: string): ReadValue {
  const raw = cellText(content);
  const early = unreadable(content, raw, item);
  if (early) return early;
  const kind = item.measure.kind;
  if (NUMERIC.has(kind)) {
    return readNumeric(content, raw, item, unitColumn, tr);
  }
  if (kind === 'yes-no') return readYesNo(content, raw, item);
  return { value: { type: 'text', value: normaliseGrade(raw) }, raw, issues: [] };
}

/** The 佐证材料 cell as a list: split on 、 , ; and line breaks (full-width too). */
export function splitEvidence(text: string): string[] {
  return normaliseText(text.replace(/[\r\n]+/g, ';'))
    .split(/[、,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !isPlaceholder(s));
}
