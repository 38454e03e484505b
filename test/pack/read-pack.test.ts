// Reading the test pack: items, targets, departments and benchmarks come out as the model says.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPack } from '../../src/pack/read-pack.js';
import { translator } from '../../src/i18n/index.js';
import { ROOT, fixture } from '../helpers/paths.js';

const tr = translator('zh');

describe('readPack on fixtures/packs/mini', () => {
  const { pack, problems } = readPack(fixture('packs/mini'), ROOT, tr);

  it('reads without problems', () => {
    expect(problems).toEqual([]);
    expect(pack?.id).toBe('mini');
  });

  it('orders items by numeric id and keeps where each is defined', () => {
    expect(pack?.items.map((i) => i.id)).toEqual([
      '1.1.1',
      '1.2.1',
      '1.3.1',
      '4.1.1',
      '4.1.2',
      '4.2.1',
      '6.3.1',
      '6.3.2',
      '6.4.1',
      '6.4.2',
    ]);
    expect(pack?.items[0]?.location).toMatchObject({
      file: 'fixtures/packs/mini/01-mechanism.yaml',
      line: 4,
      column: 9,
    });
  });

  it('maps department aliases to the canonical name', () => {
    expect(pack?.items.find((i) => i.id === '1.1.1')?.lead).toBe('市市场监管局');
  });

  it.each([
    ['1.1.1', { kind: 'yes-no', equals: true }],
    ['1.2.1', { kind: 'trend', trend: 'non-decreasing', years: 3 }],
    ['1.3.1', { kind: 'grade', in: ['A'] }],
    ['4.1.1', { kind: 'benchmark', op: '<', benchmark: 'national-special-equipment-death-rate' }],
    ['4.1.2', { kind: 'events', op: '==', value: '0' }],
    ['4.2.1', { kind: 'rank', top: 10, cohort: '全国城市' }],
    ['6.3.1', { kind: 'compare', op: '==', value: '100' }],
    ['6.3.2', { kind: 'between', min: '98', max: '100' }],
    [
      '6.4.1',
      {
        kind: 'all',
        all: [
          { kind: 'compare', op: '>', value: '30' },
          { kind: 'trend', trend: 'rising', years: 3 },
        ],
      },
    ],
    ['6.4.2', { kind: 'unset', note: '无公开阈值;义乌2018年为60万平方米' }],
  ])('reads the target of %s', (id, target) => {
    expect(pack?.items.find((i) => i.id === id)?.target).toEqual(target);
  });

  it('keeps benchmark values as exact decimals', () => {
    expect(pack?.benchmarks[0]?.values).toEqual({ '2018': '0.31', '2019': '0.27', '2020': '0.23' });
  });
});

describe('readPack with components (part_of) and item references across the whole pack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-components-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(fixture('packs/mini'), dir, { recursive: true });
  const item = (id: string, more: string) =>
    [
      `  - id: "${id}"`,
      `    title: 考核项 ${id}`,
      more,
      '    points: 0',
      '    lead: 市住建局',
      '    basis: { doc: plan, clause: "三(六)3", confidence: plan }',
    ].join('\n');
  writeFileSync(
    join(dir, '06-routes.yaml'),
    [
      'area: "6"',
      'items:',
      item(
        '6.5.1',
        '    measure: { kind: count, unit: 个 }\n    target: { any: [{ op: ">=", value: 1 }, { item: "6.5.2" }] }',
      ),
      item(
        '6.5.2',
        '    part_of: "6.5.1"\n    measure: { kind: rate, unit: "%" }\n    target: { op: ">=", value: 90 }',
      ),
      item(
        '6.6.1',
        '    measure: { kind: count, unit: 个 }\n    target: { any: [{ op: ">=", value: 1 }, { item: "6.6.9" }] }',
      ),
      item(
        '6.6.2',
        '    part_of: "6.6.8"\n    measure: { kind: rate, unit: "%" }\n    target: { op: ">=", value: 90 }',
      ),
      '',
    ].join('\n'),
  );
  const { pack, problems } = readPack(dir, dir, tr);

  it('reads an any target with an item reference, and the component it names', () => {
    expect(pack?.items.find((i) => i.id === '6.5.1')?.target).toEqual({
      kind: 'any',
      any: [
        { kind: 'compare', op: '>=', value: '1' },
        { kind: 'item', item: '6.5.2' },
      ],
    });
    expect(pack?.items.find((i) => i.id === '6.5.2')?.partOf).toBe('6.5.1');
  });

  it('refuses a reference to an item the pack does not have, and a part_of naming one, where they are written', () => {
    expect(problems.map((p) => `${p.code} ${p.location.line}:${p.location.column}`)).toEqual([
      'target-item-unknown 21:53',
      'part-of-unknown 27:14',
    ]);
  });
});

describe('readPack on a folder that is not a pack', () => {
  it('reports a missing pack.yaml instead of crashing', () => {
    const { pack, problems } = readPack(fixture('rule-files'), ROOT, tr);
    expect(pack).toBeUndefined();
    expect(problems.map((p) => p.code)).toContain('pack-no-metadata');
  });
});
