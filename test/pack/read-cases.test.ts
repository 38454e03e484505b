// Reading case files: records and expectations keep their YAML positions; the file's profile is read like qcc.yaml.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { readPack } from '../../src/pack/read-pack.js';
import { readCaseFile, readCases } from '../../src/pack/read-cases.js';
import { parseYamlFile } from '../../src/pack/yaml-file.js';

const ROOT = resolve(import.meta.dirname, '../..');
const tr = translator('zh');
const pack = readPack(resolve(ROOT, 'fixtures/packs/cases-demo'), ROOT, tr).pack!;
const read = (text: string) => readCaseFile(parseYamlFile(text, 'tests/x.yaml', tr), pack, tr);

describe('readCases', () => {
  it('reads every case file of the fixture pack in name order, without problems', () => {
    const result = readCases(pack, ROOT, tr);
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual([
      'fixtures/packs/cases-demo/tests/01-mechanism.yaml',
      'fixtures/packs/cases-demo/tests/04-safety.yaml',
      'fixtures/packs/cases-demo/tests/06-engineering.yaml',
    ]);
    expect(result.cases).toHaveLength(10);
  });

  it('turns records into dataset records at their YAML position; no region means the city', () => {
    const { cases, problems } = read(
      [
        'profile: { city: 衢州市, districts: [柯城区] }',
        'cases:',
        '  - name: a',
        '    year: 2020',
        '    records:',
        '      - { item: "6.3.1", value: 99.5 }',
        '      - { item: "6.3.1", region: 柯城区, year: 2019, value: null, evidence: [a.pdf] }',
        '      - { item: "1.1.1", value: true }',
        '      - { item: "1.3.1", value: A }',
        '    benchmarks: [{ benchmark: national-special-equipment-death-rate, year: 2020, value: 0.2 }]',
        '    expect: { "6.3.1": pass, "6.3.1@柯城区": missing }',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    const c = cases[0]!;
    expect(c.profile.city).toBe('衢州市');
    expect(c.records.map((r) => [r.region, r.year, r.value, r.location.line])).toEqual([
      ['衢州市', 2020, { type: 'number', value: '99.5' }, 6],
      ['柯城区', 2019, { type: 'empty' }, 7],
      ['衢州市', 2020, { type: 'boolean', value: true }, 8],
      ['衢州市', 2020, { type: 'text', value: 'A' }, 9],
    ]);
    expect(c.records[1]?.evidence).toEqual(['a.pdf']);
    expect(c.benchmarks).toMatchObject([
      { benchmark: 'national-special-equipment-death-rate', year: 2020, value: '0.2', location: { line: 10 } },
    ]);
    expect(c.expect.map((e) => [e.item, e.region, e.status])).toEqual([
      ['6.3.1', '衢州市', 'pass'],
      ['6.3.1', '柯城区', 'missing'],
    ]);
    expect(c.location).toMatchObject({ file: 'tests/x.yaml', line: 3 });
  });

  it('reads text values with the data reader: the same words, units and ranges as a data file', () => {
    const { cases, problems } = read(
      [
        'cases:',
        '  - name: words',
        '    year: 2020',
        '    records:',
        '      - { item: "1.1.1", value: 已落实 }',
        '      - { item: "1.1.1", region: 柯城区, value: 是（已落实） }',
        '      - { item: "6.4.2", value: 600000平方米 }',
        '      - { item: "6.3.1", value: "98.5%" }',
        '      - { item: "6.3.1", region: 柯城区, value: -1 }',
        '      - { item: "1.3.1", value: a级 }',
        '    expect: { "1.1.1": pass }',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(cases[0]!.records.map((r) => r.value)).toEqual([
      { type: 'boolean', value: true },
      { type: 'boolean', value: true },
      { type: 'number', value: '60' },
      { type: 'number', value: '98.5' },
      { type: 'invalid', reason: '-1 超出有效范围 0–100%' },
      { type: 'text', value: 'A' },
    ]);
  });

  it('reads overrides, not-applicable and waivers of the file profile, with problems at their place', () => {
    const { cases, problems } = read(
      [
        'profile:',
        '  city: 衢州市',
        '  overrides: { "6.4.2": { target: { op: ">=", value: 60 }, reason: 本市目标 } }',
        '  not_applicable: { "6.3.9": 无 }',
        'cases:',
        '  - { name: a, year: 2020, expect: { "6.4.2": missing } }',
      ].join('\n'),
    );
    expect(cases[0]?.profile.overrides['6.4.2']?.target).toEqual({ kind: 'compare', op: '>=', value: '60' });
    expect(problems.map((p) => [p.code, p.location.line])).toEqual([['profile-unknown-item', 4]]);
  });

  it('a region not in the file profile is a problem', () => {
    const { problems } = read(
      [
        'profile: { city: 衢州市, districts: [柯城区] }',
        'cases:',
        '  - { name: a, year: 2020, expect: { "6.3.1@柯城": pass } }',
      ].join('\n'),
    );
    expect(problems.map((p) => p.code)).toEqual(['profile-unknown-region']);
    expect(problems[0]?.hint).toContain('柯城区');
  });

  it('a record without any year is a problem', () => {
    const { problems } = read(
      ['cases:', '  - name: a', '    records: [{ item: "6.3.1", value: 1 }]', '    expect: { "6.3.1": pass }'].join(
        '\n',
      ),
    );
    expect(problems.map((p) => [p.code, p.location.line])).toEqual([['case-file-shape', 3]]);
  });
});
