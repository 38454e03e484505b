// Row heights written for wrapped text, so that LibreOffice (which does not fit rows on opening) shows every line.
import { describe, expect, it } from 'vitest';
import { wrappedRowHeight } from '../../../src/report/utils/row-height.js';

describe('wrappedRowHeight', () => {
  it.each([
    {
      case: 'everything fits on one line: the default height',
      values: ['龙游县', 3, '已完成'],
      widths: [10, 8, 10],
      height: undefined,
    },
    {
      case: 'a CJK text twice as wide as its column: two lines',
      values: ['对事故企业停产整顿全县开展排'],
      widths: [16],
      height: 34,
    },
    {
      case: 'the tallest cell decides',
      values: ['短', '一二三四五六七八九十一二三四五六七八九十'],
      widths: [10, 11],
      height: 68,
    },
    { case: 'typed line breaks count', values: ['第一行\n第二行\n第三行'], widths: [20], height: 51 },
    { case: 'numbers and dates never wrap', values: [123456789012345, new Date(0)], widths: [4, 4], height: undefined },
  ])('$case', ({ values, widths, height }) => {
    expect(wrappedRowHeight(values, widths)).toBe(height);
  });

  it('stops at the tallest row Excel allows', () => {
    expect(wrappedRowHeight(['字'.repeat(2000)], [10])).toBe(409);
  });
});
