// Every format on reports shaped unlike the sample: empty, one region only, an item on city and districts,
// all met. Each must run, fit, parse, validate, and leave no placeholder or "undefined" in the text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/model/index.js';
import { formatNames, formatters } from '../../../src/report/formatters/index.js';
import { displayWidth } from '../../../src/report/utils/display-width.js';
import { context, sampleReport } from './sample.js';
import { parseXml } from './xml.js';

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../docs/report.schema.json', import.meta.url)), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

const counts = (report: Report): Report['summary']['counts'] => {
  const c = { pass: 0, fail: 0, missing: 0, invalid: 0, 'not-applicable': 0, waived: 0 };
  for (const o of report.outcomes) c[o.status] += 1;
  return c;
};

const variants: Array<[string, (r: Report) => void]> = [
  ['the sample as it is', () => {}],
  [
    'no outcomes and no problems',
    (r) => {
      r.outcomes = [];
      r.problems = [];
      r.areas = r.areas.map((a) => ({ ...a, score: 0, total: 0 }));
      Object.assign(r.summary, { score: 0, total: 0, scoreWithoutWaivers: 0, vetoFailed: [], verdict: 'pass' });
    },
  ],
  [
    'one district only (--region 龙游县)',
    (r) => {
      r.outcomes = r.outcomes.filter((o) => o.region === '龙游县');
    },
  ],
  [
    'an item evaluated on the city and on every district (scope all)',
    (r) => {
      const city = r.outcomes.find((o) => o.item === '6.3.1')!;
      city.scope = 'all';
      for (const region of r.profile.districts)
        r.outcomes.push({
          ...city,
          region,
          status: region === '江山市' ? 'fail' : 'pass',
          gap: region === '江山市' ? { text: '还差 0.4 个百分点', amount: '0.4' } : undefined,
        });
    },
  ],
  [
    'an outcome whose area the report does not list',
    (r) => {
      r.outcomes.push({ ...r.outcomes[0]!, item: '10.1.1', area: '10', title: '新增考核项' });
    },
  ],
  [
    'every requirement met',
    (r) => {
      for (const o of r.outcomes) {
        if (o.status === 'not-applicable' || o.status === 'waived') continue;
        Object.assign(o, { status: 'pass', earned: o.points, uplift: 0, gap: undefined });
      }
      r.problems = [];
      Object.assign(r.summary, { vetoFailed: [], verdict: 'pass', grade: 'A' });
    },
  ],
];

describe.each(variants)('%s', (_name, change) => {
  const report = sampleReport();
  change(report);
  report.summary.counts = counts(report);

  it.each(formatNames)('%s runs and leaves no placeholder behind', async (name) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = String(await formatters[name].format(report, context(lang)));
      expect(text).not.toMatch(/\{[a-z]+\}|undefined|NaN|\[object /);
    }
  });

  it('the table fits 100 columns and shows every item', () => {
    const text = formatters.table.format(report, context('zh')) as string;
    expect(Math.max(...text.split('\n').map(displayWidth))).toBeLessThanOrEqual(100);
    for (const o of report.outcomes) expect(text).toContain(o.item);
  });

  it('the JSON validates against its schema', () => {
    expect(
      validate(JSON.parse(formatters.json.format(report, context()) as string)),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });

  it('the JUnit XML is well-formed and counts every outcome', () => {
    const root = parseXml(formatters.junit.format(report, context()) as string);
    expect(root.attributes.tests).toBe(String(report.outcomes.length + report.problems.length));
  });
});
