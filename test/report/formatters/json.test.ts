// The JSON report is an interface (dashboards, CI scripts, qcc diff): its field names, order and schema are pinned.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/model/index.js';
import { formatters } from '../../../src/report/formatters/index.js';
import { countyRanking } from '../../../src/report/utils/county-ranking.js';
import { context, sampleReport, sampleReportEn } from './sample.js';

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../docs/report.schema.json', import.meta.url)), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(
  schema,
);

const json = (report: Report = sampleReport()): string => formatters.json.format(report, context()) as string;

function keysSorted(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysSorted(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const bad = keys.join() === [...keys].sort().join() ? [] : [path];
    return [...bad, ...keys.flatMap((k) => keysSorted((value as Record<string, unknown>)[k], `${path}.${k}`))];
  }
  return [];
}

describe('json format', () => {
  it('validates against docs/report.schema.json', () => {
    const ok = validate(JSON.parse(json()));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validates the English-language sample too', () => {
    expect(validate(JSON.parse(json(sampleReportEn()))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('carries the county ranking, the same as the one the table shows', () => {
    const doc = JSON.parse(json()) as { ranking: { region: string; rank: number; rate: number; missed: string[] }[] };
    expect(doc.ranking.map((e) => e.region)).toEqual(countyRanking(sampleReport()).map((e) => e.region));
    expect(doc.ranking.length).toBeGreaterThan(0);
    expect(doc.ranking[0]!.rank).toBe(1);
    for (const e of doc.ranking) expect(e.rate).toBeLessThanOrEqual(doc.ranking[0]!.rate);
  });

  it('has the fields DESIGN.md names', () => {
    const doc = JSON.parse(json()) as Report;
    expect(doc.schema).toBe('qcc/report@1');
    expect(doc.tool).toEqual({ name: 'qcc', version: '0.1.0' });
    expect(doc.pack).toMatchObject({ id: 'quality-city', version: '2018.1' });
    expect(doc.year).toBe(2020);
    expect(doc.summary).toMatchObject({ score: 70, total: 98, grade: 'D', verdict: 'fail', vetoFailed: ['4.1.2'] });
    expect(doc.summary.counts).toEqual({ pass: 23, fail: 6, missing: 2, invalid: 1, 'not-applicable': 1, waived: 1 });
    expect(doc.areas[0]).toEqual({ id: '1', title: '完善质量工作机制', score: 6, total: 10 });
    const o = doc.outcomes.find((x) => x.item === '5.1.2')!;
    expect(o).toMatchObject({
      item: '5.1.2',
      area: '5',
      region: '衢州市',
      year: 2020,
      status: 'fail',
      value: '94.5',
      unit: '%',
      points: 5,
      earned: 0,
      veto: false,
      lead: '市农业农村局',
      uplift: 5,
    });
    expect(o.target.text).toBe('≥ 96%');
    expect(o.gap).toEqual({ text: '还差 1.5 个百分点', amount: '1.5' });
    for (const input of doc.inputs) expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sorts every object key', () => {
    expect(keysSorted(JSON.parse(json()))).toEqual([]);
  });

  it('orders outcomes by area, item number, city then districts in profile order', () => {
    const doc = JSON.parse(json()) as Report;
    const keys = doc.outcomes.map((o) => `${o.item}@${o.region}`);
    expect(keys.slice(0, 3)).toEqual(['1.1.1@衢州市', '1.2.1@衢州市', '1.3.1@衢州市']);
    const district = keys.filter((k) => k.startsWith('6.3.2@'));
    expect(district).toEqual(['柯城区', '衢江区', '龙游县', '江山市', '常山县', '开化县'].map((d) => `6.3.2@${d}`));
  });

  it('gives the same bytes for the same report in any input order', () => {
    const shuffled = sampleReport();
    shuffled.outcomes.reverse();
    shuffled.inputs.reverse();
    shuffled.problems.reverse();
    expect(json(shuffled)).toBe(json());
  });

  it.each([
    ['a status that is not one of the six', (r: Report) => void (r.outcomes[0]!.status = 'ok' as never)],
    ['a verdict in Chinese', (r: Report) => void (r.summary.verdict = '达标' as never)],
    ['a short sha256', (r: Report) => void (r.inputs[0]!.sha256 = 'abc')],
    ['a failed outcome without a gap', (r: Report) => void delete r.outcomes.find((o) => o.status === 'fail')!.gap],
    [
      'a waived outcome without its waiver',
      (r: Report) => void delete r.outcomes.find((o) => o.status === 'waived')!.waiver,
    ],
  ])('the schema rejects %s', (_name, spoil) => {
    const report = sampleReport();
    spoil(report);
    expect(validate(JSON.parse(json(report)))).toBe(false);
  });
});
