// The district matrix says why a figure that meets its target still failed: the evidence (佐证材料) fell short.
import { describe, expect, it } from 'vitest';
import type { Outcome, Report } from '../../../src/model/index.js';
import { formatters } from '../../../src/report/formatters/index.js';
import { context, sampleReport } from './sample.js';

/** The sample with 龙游县's 6.3.2 turned into a yes-no answer 是 that failed, with the given evidence. */
function reportWith(evidence: Outcome['evidence'], value = '是'): Report {
  const report = sampleReport();
  const o = report.outcomes.find((x) => x.item === '6.3.2' && x.region === '龙游县')!;
  Object.assign(o, { status: 'fail', value, unit: undefined, measure: 'yes-no', evidence });
  return report;
}
const short = { listed: [] as string[], required: 1, verified: false, missingFiles: [] as string[] };

describe('district matrix cell of an outcome that failed', () => {
  it.each([
    ['table', 'zh', { ...short, shortfall: 'too-few' as const }, '是', '✗ 是（缺佐证）'],
    ['markdown', 'zh', { ...short, shortfall: 'too-few' as const }, '是', '✗ 是（缺佐证）'],
    ['markdown', 'en', { ...short, shortfall: 'too-few' as const }, '是', '✗ 是 (no evidence)'],
    [
      'markdown',
      'zh',
      {
        ...short,
        listed: ['纪要.pdf'],
        verified: true,
        missingFiles: ['纪要.pdf'],
        shortfall: 'files-missing' as const,
      },
      '是',
      '✗ 是（佐证文件缺失）',
    ],
    // A 否 fails on its own: no evidence would have helped, so nothing is added.
    ['markdown', 'zh', short, '否', '✗ 否 |'],
  ] as const)('%s (%s): %s → %s', (format, lang, given, value, expected) => {
    const evidence = given as NonNullable<Outcome['evidence']>;
    const out = (
      formatters[format].format(reportWith(evidence, value), context(lang, { width: 160 })) as string
    ).replace(/\s*│\s*/g, ' | ');
    const line = out.split('\n').find((l) => l.includes('6.3.2') && l.includes('✓ 100%'));
    expect(line).toContain(expected);
    if (!evidence.shortfall) expect(line).not.toMatch(/缺佐证|佐证文件/);
  });
});
