// Every numbered task of the plan's 三、主要任务 (衢政办发〔2018〕41号) is covered by at least one item of the built-in pack.
import { describe, expect, it } from 'vitest';
import { loadBuiltinPack } from './load-pack.js';

// The 38 tasks, read from the plan: (一)1–6, (二)1–6, (三)1–6, (四)1–3, (五)1–3, (六)1–4, (七)1–3, (八)1–3, (九)1–4.
// The plan writes the area numbers in ASCII parentheses, and so do the items' basis.clause.
const TASKS_PER_AREA: [string, number][] = [
  ['一', 6],
  ['二', 6],
  ['三', 6],
  ['四', 3],
  ['五', 3],
  ['六', 4],
  ['七', 3],
  ['八', 3],
  ['九', 4],
];
const PLAN_TASKS = TASKS_PER_AREA.flatMap(([area, n]) => Array.from({ length: n }, (_, i) => `三(${area})${i + 1}`));

describe('coverage of the plan 衢政办发〔2018〕41号', () => {
  const { pack } = loadBuiltinPack();

  it('keeps the list of all 38 numbered tasks', () => {
    expect(PLAN_TASKS).toHaveLength(38);
  });

  it.each(PLAN_TASKS)('task %s has at least one item', (clause) => {
    const items = pack.items.filter((item) => item.basis.doc === 'plan' && item.basis.clause === clause);
    expect(items.map((i) => i.id)).not.toEqual([]);
  });

  it('an item of area N only cites tasks of area N (三(一)… for area 1)', () => {
    const numerals = TASKS_PER_AREA.map(([area]) => area);
    for (const item of pack.items) {
      const m = /^三\((.)\)\d$/.exec(item.basis.clause ?? '');
      if (m) expect(`${item.id} → ${numerals.indexOf(m[1] ?? '') + 1}`).toBe(`${item.id} → ${item.area}`);
    }
  });

  it('cites no task the plan does not have', () => {
    for (const item of pack.items) {
      const clause = item.basis.clause ?? '';
      if (clause.startsWith('三(')) expect(PLAN_TASKS).toContain(clause);
    }
  });
});
