// validate says, at the 佐证材料 cell, when an answered item lists fewer evidence entries than it requires.
import { describe, expect, it } from 'vitest';
import { evidenceProblems } from '../../src/data/evidence-problems.js';
import { translator } from '../../src/i18n/index.js';
import type { DataRecord, RecordValue } from '../../src/model/index.js';
import { loadMini } from './helpers.js';

const { pack } = loadMini();
// The mini pack: 1.1.1 is yes-no with min_evidence 1 (会议纪要); 6.3.1 a rate without; 6.3.2 given min_evidence 2 here.
const withTwo = { ...pack, items: pack.items.map((i) => (i.id === '6.3.2' ? { ...i, minEvidence: 2 } : i)) };
const value = (v: unknown): RecordValue =>
  v === undefined
    ? { type: 'empty' }
    : typeof v === 'boolean'
      ? { type: 'boolean', value: v }
      : v === 'bad'
        ? { type: 'invalid', reason: 'x' }
        : { type: 'number', value: String(v) };
function record(item: string, v: unknown, evidence: string[], evidenceColumn = true): DataRecord {
  return {
    region: '开化县',
    item,
    year: 2020,
    value: value(v),
    raw: String(v ?? ''),
    evidence,
    location: { file: 'k.xlsx', sheet: '指标数据', cell: 'E7', row: 7, column: 5 },
    ...(evidenceColumn ? { evidenceColumn: 8 } : {}),
  };
}

describe('evidenceProblems', () => {
  it.each([
    [
      '是 with nothing listed',
      record('1.1.1', true, []),
      ['H7', '考核项 1.1.1（开化县 2020 年）须至少 1 份佐证材料，已列 0 份'],
    ],
    ['是 with one file', record('1.1.1', true, ['会议纪要.pdf']), undefined],
    ['否: fails on its own', record('1.1.1', false, []), undefined],
    ['blank: missing on its own', record('1.1.1', undefined, []), undefined],
    ['unreadable value', record('6.3.2', 'bad', []), undefined],
    ['an item without min_evidence', record('6.3.1', 98, []), undefined],
    [
      'a figure that needs two, one listed',
      record('6.3.2', 99, ['验收表.pdf']),
      ['H7', '考核项 6.3.2（开化县 2020 年）须至少 2 份佐证材料，已列 1 份'],
    ],
    [
      'no 佐证材料 column: at the value cell',
      record('1.1.1', true, [], false),
      ['E7', '考核项 1.1.1（开化县 2020 年）须至少 1 份佐证材料，已列 0 份'],
    ],
  ])('%s', (_name, rec, expected) => {
    const found = evidenceProblems([rec], withTwo, translator('zh'));
    expect(found.map((p) => [p.location.cell, p.message])).toEqual(expected ? [expected] : []);
    for (const p of found) expect(p).toMatchObject({ code: 'evidence-too-few', severity: 'warning' });
  });

  it('the hint says how to list files and which documents the item wants', () => {
    const [problem] = evidenceProblems([record('1.1.1', true, [])], pack, translator('zh'));
    expect(problem?.hint).toBe(
      '在“佐证材料”列写上佐证文件名，多个用“、”隔开（如 会议纪要.pdf、签到表.pdf）；需要的材料：会议纪要；佐证不足的考核项在自查中按不达标计。',
    );
  });
});
