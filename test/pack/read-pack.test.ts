// Reading the test pack: items, targets, departments and benchmarks come out as the model says.
import { describe, expect, it } from 'vitest';
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

describe('readPack on a folder that is not a pack', () => {
  it('reports a missing pack.yaml instead of crashing', () => {
    const { pack, problems } = readPack(fixture('rule-files'), ROOT, tr);
    expect(pack).toBeUndefined();
    expect(problems.map((p) => p.code)).toContain('pack-no-metadata');
  });
});
