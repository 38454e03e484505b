// Totals count a summary of repeated problems as the places it stands for.
import { describe, expect, it } from 'vitest';
import { countProblems } from '../../src/util/count-problems.js';
import type { Problem } from '../../src/model/index.js';

const p = (severity: Problem['severity'], repeats?: number): Problem => ({
  code: 'x',
  severity,
  message: '',
  location: { file: 'a.csv' },
  ...(repeats === undefined ? {} : { repeats }),
});

describe('countProblems', () => {
  it.each<[string, Problem[], { errors: number; warnings: number }]>([
    ['none', [], { errors: 0, warnings: 0 }],
    ['one of each', [p('error'), p('warning')], { errors: 1, warnings: 1 }],
    ['a thousand listed and a summary of 299 000', [p('error'), p('error', 299_000)], { errors: 299_001, warnings: 0 }],
    ['a warning summary', [p('warning', 5), p('warning')], { errors: 0, warnings: 6 }],
  ])('%s', (_name, problems, counts) => {
    expect(countProblems(problems)).toEqual(counts);
  });
});
