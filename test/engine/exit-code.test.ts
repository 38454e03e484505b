// --fail-on levels: each level adds findings to the ones below it; none never fails.
import { describe, expect, it } from 'vitest';
import type { Problem, Status } from '../../src/model/index.js';
import { exitCodeFor, FAIL_ON, type FailOn } from '../../src/engine/exit-code.js';
import { item, pack, rec, run } from './helpers.js';

function reportWith(status: Status | 'verdict' | 'clean', problem?: Problem['severity']) {
  const items = [
    item('1.1.1', { kind: 'compare', op: '>=', value: '90' }, { points: 95 }),
    item('1.2.1', { kind: 'compare', op: '>=', value: '90' }, { points: 5 }),
  ];
  const second = {
    pass: 95,
    fail: 50,
    missing: undefined,
    invalid: { invalid: '#N/A' },
    clean: 95,
    verdict: 95,
  } as const;
  const records = [rec('1.1.1', 2020, status === 'verdict' ? 10 : 95)];
  const v = second[status as keyof typeof second];
  if (v !== undefined) records.push(rec('1.2.1', 2020, v));
  const r = run(pack(items), records);
  if (problem) r.problems.push({ code: 'x', severity: problem, message: 'm', location: { file: 'a.csv' } });
  return r;
}

// Which situation makes which level exit 1, in FAIL_ON order: none, verdict, fail, invalid, missing, error, warning.
const table: { situation: Parameters<typeof reportWith>; codes: number[] }[] = [
  { situation: ['clean'], codes: [0, 0, 0, 0, 0, 0, 0] },
  { situation: ['verdict'], codes: [0, 1, 1, 1, 1, 1, 1] },
  { situation: ['fail'], codes: [0, 0, 1, 1, 1, 1, 1] },
  { situation: ['invalid'], codes: [0, 0, 0, 1, 1, 1, 1] },
  { situation: ['missing'], codes: [0, 0, 0, 0, 1, 1, 1] },
  { situation: ['clean', 'error'], codes: [0, 0, 0, 0, 0, 1, 1] },
  { situation: ['clean', 'warning'], codes: [0, 0, 0, 0, 0, 0, 1] },
];

describe('exitCodeFor', () => {
  it.each(table)('$situation', ({ situation, codes }) => {
    const report = reportWith(...situation);
    expect(FAIL_ON.map((level: FailOn) => exitCodeFor(report, level))).toEqual(codes);
  });
});
