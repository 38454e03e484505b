// A phase's months in words: the year said once within a year, relative months while no year is known.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import type { PhaseMonth } from '../../src/model/index.js';
import { phaseSpan } from '../../src/wording/phase-text.js';

const phase = (from: PhaseMonth, to: PhaseMonth) => ({ id: 'p', title: '阶段', from, to });

describe('phaseSpan', () => {
  it.each<[string, PhaseMonth, PhaseMonth, string, string]>([
    ['one month', '2020-12', '2020-12', '2020年12月', '12/2020'],
    ['months of one year', '2020-09', '2020-12', '2020年9月—12月', '9–12/2020'],
    ['across years', '2018-05', '2020-09', '2018年5月—2020年9月', '5/2018 to 9/2020'],
    ['a day is its month', '2020-09-30', '2020-12-31', '2020年9月—12月', '9–12/2020'],
    [
      'counted: months of the evaluation year',
      { yearsBefore: 0, month: 9 },
      { yearsBefore: 0, month: 12 },
      '考核年度9月—12月',
      'months 9–12 of the evaluation year',
    ],
    [
      'counted: one month two years before',
      { yearsBefore: 2, month: 5 },
      { yearsBefore: 2, month: 5 },
      '考核年度前2年5月',
      'evaluation year − 2, month 5',
    ],
    [
      'counted: across years',
      { yearsBefore: 2, month: 5 },
      { yearsBefore: 0, month: 9 },
      '考核年度前2年5月—考核年度9月',
      'evaluation year − 2, month 5 to month 9 of the evaluation year',
    ],
  ])('%s', (_what, from, to, zh, en) => {
    expect(phaseSpan(phase(from, to), translator('zh'))).toBe(zh);
    expect(phaseSpan(phase(from, to), translator('en'))).toBe(en);
  });
});
