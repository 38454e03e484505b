// The one reader of values: a cell (or a case's value) for an item's measure → number, yes/no, grade, empty or invalid.
import type { Item, RecordValue } from '../model/index.js';
import type { MessageParams, Translator } from '../i18n/index.js';
import { quotedParams, type ProblemCode, type ProblemParams } from './problem.js';
import { compareDecimal, shiftDecimal } from '../util/decimal.js';
import type { CellContent } from '../util/cell-content.js';
import { cellText } from '../util/cell-text.js';
import { toItemUnit } from '../util/convert-unit.js';
import { excelDecimal, isPercentFormat, percentDecimal } from '../util/excel-number.js';
import { matchKey, normaliseText } from '../util/normalise-text.js';
import { implausible } from './plausibility.js';
import { interner } from '../util/bounded-memo.js';
import { readNumberText } from '../util/read-number.js';
import { inRange, rangeText, validRange } from './value-range.js';
import { isNoWord, isPlaceholder, normaliseGrade, readYesNoWord, yesNoExamples } from '../util/value-words.js';

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

const NUMERIC = new Set(['rate', 'count', 'amount', 'index', 'rank', 'events']);

function issue<C extends ProblemCode>(code: C, severity: 'error' | 'warning', params: ProblemParams<C>): ValueIssue {
  return { code, severity, params };
}

/** Invalid, with the reason in words: the engine puts it into "数据无法识别（2020 年：…）" as it is. */
function invalid(raw: string, reason: string, issues: ValueIssue[]): ReadValue {
  return { value: { type: 'invalid', reason: shareReason(reason) }, raw, issues };
}

/** A column of the same unreadable value (不详, abc) keeps one reason text, not one per record. */
const shareReason = interner();

/** Blank, placeholder, error cell or missing formula result: the same for every measure kind. */
function unreadable(content: CellContent, raw: string, item: Item, tr: Translator): ReadValue | undefined {
  if (content.kind === 'error')
    return invalid(raw, tr.t('data.reason.error-cell', quotedParams({ value: raw })), [
      issue('value-error-cell', 'error', { value: raw, item: item.id }),
    ]);
  if (content.kind === 'formula-no-result')
    return invalid(raw, tr.t('data.reason.formula-no-result'), [
      issue('formula-no-result', 'warning', { formula: raw }),
    ]);
  if (content.kind === 'blank')
    return { value: { type: 'empty' }, raw, issues: [issue('value-missing', 'warning', { item: item.id })] };
  if (
    content.kind === 'text' &&
    isPlaceholder(content.text) &&
    !(item.measure.kind === 'yes-no' && isNoWord(content.text))
  ) {
    return { value: { type: 'empty' }, raw, issues: [issue('value-missing', 'warning', { item: item.id })] };
  }
  return undefined;
}

function notNumber(raw: string, item: Item, tr: Translator): ReadValue {
  return invalid(raw, tr.t('data.reason.not-a-number', quotedParams({ value: raw })), [
    issue('value-not-number', 'error', { value: raw, item: item.id }),
  ]);
}

/** A number followed by a word that is no unit qcc knows ("33µg/m3" spelt oddly, "98左右", "99.2%（1-9月）"). */
function unknownUnit(raw: string, item: Item, unit: string, tr: Translator): ReadValue {
  const params = { value: raw, unit, expected: item.measure.unit || '—' };
  return invalid(raw, tr.t('data.reason.unit-unknown', quotedParams(params)), [
    issue('value-unit-unknown', 'error', { ...params, item: item.id }),
  ]);
}

function unitMismatch(raw: string, item: Item, unit: string, tr: Translator): ReadValue {
  const params = { unit, expected: item.measure.unit || '—' };
  return invalid(raw, tr.t('data.reason.unit-mismatch', quotedParams(params)), [
    issue('unit-mismatch', 'error', { ...params, item: item.id }),
  ]);
}

function readNumeric(
  content: CellContent,
  raw: string,
  item: Item,
  unitColumn: string | undefined,
  tr: Translator,
): ReadValue {
  const itemUnit = item.measure.unit;
  let value: string;
  // The unit written in the cell (a % format counts as one); the 单位 column names the unit of a bare number only.
  let written = '';
  if (content.kind === 'number') {
    if (isPercentFormat(content.numFmt)) {
      value = percentDecimal(content.value);
      written = '%';
    } else value = excelDecimal(content.value);
  } else if (content.kind === 'text') {
    const read = readNumberText(content.text);
    if (!read.ok) return notNumber(raw, item, tr);
    value = read.value;
    written = read.unit ?? '';
  } else return notNumber(raw, item, tr);
  const fromCell = written !== '';
  if (!fromCell && unitColumn && !isPlaceholder(unitColumn)) written = normaliseText(unitColumn);
  const converted = toItemUnit(value, written, itemUnit);
  if (!converted.ok) {
    // A word after a number that is no unit ("98左右") is said as such, not as "not a number": the clerk sees a number.
    if (converted.problem === 'unknown-unit' && fromCell) return unknownUnit(raw, item, written, tr);
    return unitMismatch(raw, item, written, tr);
  }
  value = converted.value;
  const range = validRange(item.measure);
  if (range && !inRange(value, range)) {
    const text = rangeText(range, itemUnit, tr);
    return invalid(raw, tr.t('data.reason.out-of-range', quotedParams({ value: raw, range: text })), [
      issue('value-out-of-range', 'error', { value: raw, item: item.id, range: text }),
    ]);
  }
  const issues: ValueIssue[] = [];
  if (
    item.measure.kind === 'rate' &&
    itemUnit === '%' &&
    !fromCell &&
    !converted.shifted &&
    compareDecimal(value, '0') > 0 &&
    compareDecimal(value, '1') < 0
  ) {
    issues.push(
      issue('value-looks-like-fraction', 'warning', { value: raw, item: item.id, percent: shiftDecimal(value, 2) }),
    );
  }
  const odd = implausible(value, item.measure, tr, fromCell && written !== '%');
  if (odd) issues.push(issue('value-implausible', 'warning', { value: raw, item: item.id, ...odd.params }));
  return { value: { type: 'number', value }, raw, issues };
}

function readYesNo(content: CellContent, raw: string, item: Item, tr: Translator): ReadValue {
  if (content.kind === 'boolean') return { value: { type: 'boolean', value: content.value }, raw, issues: [] };
  const word = content.kind === 'text' ? readYesNoWord(content.text) : undefined;
  if (word !== undefined) return { value: { type: 'boolean', value: word }, raw, issues: [] };
  return invalid(raw, tr.t('data.reason.not-yes-no', quotedParams({ value: raw })), [
    issue('value-not-yes-no', 'error', { value: raw, item: item.id, words: yesNoExamples() }),
  ]);
}

/** Words that say no event happened, beyond the general no words (无, 没有, 否 …). */
const NO_EVENT = new Set(['未发生', '没发生', '无发生', '零'].map(matchKey));

/**
 * Reads one value for `item`. `unitColumn` is the row's 单位 cell. Every path that turns typed text into a RecordValue
 * (data files, pack test cases) comes through here, so the engine only ever sees typed values.
 */
export function readValue(content: CellContent, item: Item, tr: Translator, unitColumn?: string): ReadValue {
  const raw = cellText(content);
  // “无” in an events cell answers the question (no incident): it is 0, not a placeholder. Without this a county
  // that wrote 无 under 重特大质量安全事件 would leave the veto undetermined.
  if (
    item.measure.kind === 'events' &&
    content.kind === 'text' &&
    (isNoWord(content.text) || NO_EVENT.has(matchKey(content.text)))
  ) {
    return { value: { type: 'number', value: '0' }, raw, issues: [] };
  }
  const early = unreadable(content, raw, item, tr);
  if (early) return early;
  const kind = item.measure.kind;
  if (NUMERIC.has(kind)) return readNumeric(content, raw, item, unitColumn, tr);
  if (kind === 'yes-no') return readYesNo(content, raw, item, tr);
  return { value: { type: 'text', value: normaliseGrade(raw) }, raw, issues: [] };
}
