// Cell values read per measure kind: units converted exactly, yes/no words, grades, placeholders, error cells.
import { describe, expect, it } from 'vitest';
import { readValue } from '../../src/wording/read-value.js';
import { splitEvidence } from '../../src/data/split-evidence.js';
import type { CellContent } from '../../src/util/cell-content.js';
import { translate, translator } from '../../src/i18n/index.js';
import type { Item, Measure } from '../../src/model/index.js';
import { miniItem } from '../data/helpers.js';
import type { ProblemCode } from '../../src/wording/problem.js';

const tr = translator('zh');
const text = (t: string): CellContent => ({ kind: 'text', text: t });
const num = (value: number, numFmt?: string): CellContent =>
  numFmt ? { kind: 'number', value, numFmt } : { kind: 'number', value };
const read = (item: string, cell: CellContent, unit?: string) => readValue(cell, miniItem(item), tr, unit);
const codes = (r: ReturnType<typeof read>) => r.issues.map((i) => i.code);
/** A mini-pack item measured otherwise: the pack states its unit, range and typical range. */
const measured = (measure: Measure): Item => ({ ...miniItem('6.4.2'), measure });

describe('numbers in the item unit', () => {
  // 6.3.1 is a rate in %, 1.2.1 a rate in ‰, 6.4.2 an amount in 万平方米, 4.1.2 events in 起, 4.2.1 a rank.
  it.each<[string, CellContent, string]>([
    ['6.3.1', text('98.5'), '98.5'],
    ['6.3.1', text('98.5%'), '98.5'],
    ['6.3.1', num(0.985, '0.0%'), '98.5'],
    ['6.3.1', num(0.985, '0.00%;[Red]-0.00%'), '98.5'],
    ['6.3.1', num(1, '0%'), '100'],
    ['6.3.1', text('９８．５'), '98.5'],
    ['6.3.1', text('3‰'), '0.3'],
    ['6.3.1', num(98.49999999999999), '98.5'],
    ['1.2.1', text('3‰'), '3'],
    ['1.2.1', text('0.3%'), '3'],
    ['1.2.1', num(0.003, '0.00%'), '3'],
    ['6.4.2', text('1.2万'), '1.2'],
    ['4.1.2', text('1万'), '10000'],
    ['6.4.2', text('62.5万平方米'), '62.5'],
    ['6.4.2', text('1,234.5'), '1234.5'],
    ['4.1.2', text('0起'), '0'],
    ['4.2.1', num(8), '8'],
  ])('%s %j → %s', (item, cell, value) => {
    const r = read(item, cell);
    expect(r.value).toEqual({ type: 'number', value });
    expect(r.issues).toEqual([]);
  });

  it('a quoted % in a number format is not a percent format', () => {
    expect(read('6.4.2', num(12, '0"%"')).value).toEqual({ type: 'number', value: '12' });
  });

  it('a unit column of ‰ converts a bare number for a %-item', () => {
    expect(read('6.3.1', text('3'), '‰').value).toEqual({ type: 'number', value: '0.3' });
  });

  it.each<[string, CellContent, string | undefined, string]>([
    ['6.4.1', num(35), '万元', 'unit-mismatch'],
    ['4.1.1', text('5%'), undefined, 'unit-mismatch'],
    ['6.4.1', text('良好'), undefined, 'value-not-number'],
    ['6.4.1', { kind: 'boolean', value: true }, undefined, 'value-not-number'],
    ['6.4.1', num(120), undefined, 'value-out-of-range'],
    ['6.4.1', num(-1), undefined, 'value-out-of-range'],
    ['1.2.1', text('1200‰'), undefined, 'value-out-of-range'],
    ['4.1.2', num(-1), undefined, 'value-out-of-range'],
    ['4.1.2', text('1.5'), undefined, 'value-out-of-range'],
    ['4.2.1', num(0), undefined, 'value-out-of-range'],
  ])('%s %j (unit %s) → invalid, %s', (item, cell, unit, code) => {
    const r = read(item, cell, unit);
    expect(r.value.type).toBe('invalid');
    expect(codes(r)).toEqual([code]);
  });

  it('a fraction where a percent is expected is kept, with a warning', () => {
    const r = read('6.3.2', text('0.985'));
    expect(r.value).toEqual({ type: 'number', value: '0.985' });
    expect(r.issues).toEqual([
      {
        code: 'value-looks-like-fraction',
        severity: 'warning',
        params: { value: '0.985', item: '6.3.2', percent: '98.5' },
      },
    ]);
  });
});

describe('units written in the cell or the unit column', () => {
  // cell as typed, measure, unit column → value in the item's unit
  it.each<[string, Measure, string | undefined, string]>([
    ['600000平方米', { kind: 'amount', unit: '万平方米' }, undefined, '60'],
    ['60万平方米', { kind: 'amount', unit: '万平方米' }, undefined, '60'],
    ['600000', { kind: 'amount', unit: '万平方米' }, '平方米', '60'],
    ['1.2亿元', { kind: 'amount', unit: '万元' }, undefined, '12000'],
    ['3500万元', { kind: 'amount', unit: '亿元' }, undefined, '0.35'],
    ['3500', { kind: 'amount', unit: '亿元' }, '万元', '0.35'],
    ['85分', { kind: 'index', unit: '分' }, undefined, '85'],
    ['85分值', { kind: 'index', unit: '分' }, undefined, '85'],
    ['3家', { kind: 'count', unit: '家' }, undefined, '3'],
    ['2项', { kind: 'count', unit: '项' }, '项', '2'],
    ['98.5%', { kind: 'rate', unit: '%' }, '‰', '98.5'],
    ['98.5', { kind: 'rate', unit: '%' }, '—', '98.5'],
    // 无 under 重特大质量安全事件 answers the question: none happened.
    ['无', { kind: 'events', unit: '起' }, undefined, '0'],
    ['未发生', { kind: 'events', unit: '起' }, undefined, '0'],
    ['没有', { kind: 'events', unit: '起' }, undefined, '0'],
  ])('%j in %j (unit column %s) → %s', (cell, measure, unit, value) => {
    const r = readValue(text(cell), measured(measure), tr, unit);
    expect(r.value).toEqual({ type: 'number', value });
    expect(r.issues).toEqual([]);
  });

  it.each<[string, Measure, string | undefined, string, string]>([
    [
      '1.2亿元',
      { kind: 'amount', unit: '万平方米' },
      undefined,
      'unit-mismatch',
      '考核项 6.4.2 填的单位“亿元”与指标单位“万平方米”不是同一种量',
    ],
    [
      '3家',
      { kind: 'count', unit: '项' },
      undefined,
      'unit-mismatch',
      '考核项 6.4.2 填的单位“家”与指标单位“项”不是同一种量',
    ],
    [
      '85分',
      { kind: 'rate', unit: '%' },
      undefined,
      'unit-mismatch',
      '考核项 6.4.2 填的单位“分”与指标单位“%”不是同一种量',
    ],
    [
      '60',
      { kind: 'amount', unit: '万平方米' },
      '万元',
      'unit-mismatch',
      '考核项 6.4.2 填的单位“万元”与指标单位“万平方米”不是同一种量',
    ],
    [
      '98左右',
      { kind: 'rate', unit: '%' },
      undefined,
      'value-unit-unknown',
      '考核项 6.4.2 的数值“98左右”后面的“左右”不是能识别的单位',
    ],
    [
      '99.2%（1-9月）',
      { kind: 'rate', unit: '%' },
      undefined,
      'value-unit-unknown',
      '考核项 6.4.2 的数值“99.2%（1-9月）”后面的“%(1-9月)”不是能识别的单位',
    ],
  ])('%j in %j (unit column %s) → %s', (cell, measure, unit, code, message) => {
    const r = readValue(text(cell), measured(measure), tr, unit);
    expect(r.value.type).toBe('invalid');
    expect(codes(r)).toEqual([code]);
    expect(translate('zh', `problem.${code as ProblemCode}`, r.issues[0]!.params)).toBe(message);
  });
});

describe('ranges per item', () => {
  // cell, measure → value, or the range in words when it is outside
  it.each<[string, Measure, string]>([
    ['-1.2', { kind: 'rate', unit: '%', range: { min: '-100' } }, '-1.2'],
    ['-1.2%', { kind: 'rate', unit: '%', range: { min: '-100' } }, '-1.2'],
    ['150', { kind: 'rate', unit: '%', range: { min: '-100' } }, '150'],
    ['-1.2', { kind: 'rate', unit: '%' }, 'out: 0–100%'],
    ['-101', { kind: 'rate', unit: '%', range: { min: '-100' } }, 'out: 不小于 -100%'],
    ['101', { kind: 'index', unit: '分', range: { min: '0', max: '100' } }, 'out: 0–100 分'],
    ['-5', { kind: 'amount', unit: '万元' }, 'out: 不小于 0 万元'],
    ['-5', { kind: 'amount', unit: '万元', range: {} }, '-5'],
    ['2.5', { kind: 'count', unit: '个', range: { max: '10' } }, 'out: 不大于 10 的整数'],
    ['1200', { kind: 'rate', unit: '‰' }, 'out: 0–1000‰'],
  ])('%j in %j → %s', (cell, measure, expected) => {
    const r = readValue(text(cell), measured(measure), tr);
    if (expected.startsWith('out: ')) {
      expect(codes(r)).toEqual(['value-out-of-range']);
      expect(r.issues[0]?.params.range).toBe(expected.slice(5));
    } else expect(r.value).toEqual({ type: 'number', value: expected });
  });
});

describe('plausibility against the typical range', () => {
  const area: Measure = { kind: 'amount', unit: '万平方米', typical: { min: '1', max: '5000' } };
  const money: Measure = { kind: 'amount', unit: '亿元', typical: { min: '1', max: '1000' } };
  const score: Measure = { kind: 'index', unit: '分', typical: { min: '50', max: '100' } };
  // cell, measure → the warning's factor and guess, or '' for no warning (the value is read either way)
  it.each<[string, Measure, string]>([
    ['60', area, ''],
    ['49999', area, ''],
    ['600000', area, '大约 1 万倍，是否把平方米当成了万平方米？'],
    ['600000平方米', area, ''],
    ['0.0006', area, '小约 1 万倍，是否把亿平方米当成了万平方米？'],
    ['350000', money, '大约 1 万倍，是否把万元当成了亿元？'],
    ['3500000000', money, '大约 1 亿倍，是否把元当成了亿元？'],
    ['0.8143', score, '小约 100 倍，请核对数值和单位是否填错。'],
    ['8143', score, '大约 100 倍，请核对数值和单位是否填错。'],
    ['0', area, ''],
    // The cell said its unit: the figure is far off, but no slip of unit is guessed.
    [
      '60亿元',
      { ...money, unit: '万元', typical: { min: '10', max: '5000' } },
      '大约 1000 倍，请核对数值和单位是否填错。',
    ],
    [
      '3000元',
      { ...money, unit: '万元', typical: { min: '10', max: '5000' } },
      '小约 100 倍，请核对数值和单位是否填错。',
    ],
  ])('%j in %j → %s', (cell, measure, words) => {
    const r = readValue(text(cell), measured(measure), tr);
    expect(r.value.type).toBe('number');
    if (!words) return expect(r.issues).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['value-implausible', 'warning']]);
    expect(`${r.issues[0]?.params.factor}，${r.issues[0]?.params.guess}`).toBe(words);
  });
});

describe('missing and unreadable cells', () => {
  it.each(['—', '/', '无', '暂无', '-', 'N/A', '——'])('placeholder %j → empty with a warning', (t) => {
    const r = read('6.3.1', text(t));
    expect(r.value).toEqual({ type: 'empty' });
    expect(codes(r)).toEqual(['value-missing']);
  });

  it('blank → empty with a warning', () => {
    expect(read('6.3.1', { kind: 'blank' }).value).toEqual({ type: 'empty' });
  });

  it('an error cell is invalid with an error', () => {
    const r = read('6.3.1', { kind: 'error', error: '#DIV/0!' });
    expect(r.value).toEqual({ type: 'invalid', reason: '单元格是错误值 #DIV/0!' });
    expect(r.issues[0]).toMatchObject({ code: 'value-error-cell', severity: 'error' });
  });

  it('a formula without a result is invalid with a warning', () => {
    const r = read('6.3.1', { kind: 'formula-no-result', formula: 'A1/B1' });
    expect(r.value.type).toBe('invalid');
    expect(r.issues[0]).toMatchObject({ code: 'formula-no-result', severity: 'warning' });
  });
});

describe('yes-no and grades', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['√', true],
    ['×', false],
    ['✓', true],
    ['✗', false],
    ['yes', true],
    ['No', false],
    ['有', true],
    ['无', false],
    ['✔', true],
    ['☑', true],
    ['已落实', true],
    ['未落实', false],
    ['已完成', true],
    ['未完成', false],
    ['已建立', true],
    ['未建立', false],
    ['达标', true],
    ['不达标', false],
    ['没有', false],
    ['是（已落实）', true],
    ['是(已落实)', true],
    ['否（未落实）', false],
    ['yes (done)', true],
  ])('%s → %s', (t, value) => {
    expect(read('1.1.1', text(t)).value).toEqual({ type: 'boolean', value });
  });

  it('a TRUE cell is yes', () => {
    expect(read('1.1.1', { kind: 'boolean', value: true }).value).toEqual({ type: 'boolean', value: true });
  });

  it('other words are not yes or no, and a bracket that contradicts its word is neither', () => {
    expect(codes(read('1.1.1', text('可能')))).toEqual(['value-not-yes-no']);
    expect(codes(read('1.1.1', text('是（未落实）')))).toEqual(['value-not-yes-no']);
    expect(codes(read('1.1.1', num(1)))).toEqual(['value-not-yes-no']);
  });

  it('暂无 is still a placeholder for a yes-no item', () => {
    expect(read('1.1.1', text('暂无')).value).toEqual({ type: 'empty' });
  });

  it.each([
    ['A', 'A'],
    ['a', 'A'],
    ['A级', 'A'],
    ['Ａ', 'A'],
    [' B 等 ', 'B'],
    ['等级为 A', 'A'],
    ['优秀', '优秀'],
  ])('grade %j → %j', (t, grade) => {
    expect(read('1.3.1', text(t)).value).toEqual({ type: 'text', value: grade });
  });
});

describe('splitEvidence', () => {
  it('splits on 、 , ; full-width separators and line breaks', () => {
    expect(splitEvidence('纪要、签到表，方案；通知\n照片\r\n报告;总结')).toEqual([
      '纪要',
      '签到表',
      '方案',
      '通知',
      '照片',
      '报告',
      '总结',
    ]);
  });
  it('an empty or placeholder cell is no evidence', () => {
    expect(splitEvidence('')).toEqual([]);
    expect(splitEvidence('无')).toEqual([]);
  });
});
