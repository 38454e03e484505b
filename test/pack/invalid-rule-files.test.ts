// Each file in fixtures/rule-files/invalid has one mistake: lint names it with its code and file:line:column.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/paths.js';

const DIR = 'fixtures/rule-files/invalid';

// file → the one problem lint must report: [code, line, column]
const EXPECTED: Record<string, [string, number, number]> = {
  'bad-item-id.yaml': ['schema-item-id', 5, 9],
  'bad-measure-kind.yaml': ['schema-enum', 7, 22],
  'between-order.yaml': ['target-between-order', 8, 24],
  'custom-tag.yaml': ['yaml-custom-tag', 9, 13],
  'duplicate-id.yaml': ['item-duplicate-id', 12, 9],
  'duplicate-key.yaml': ['yaml-duplicate-key', 12, 5],
  'id-area-mismatch.yaml': ['item-id-area', 5, 9],
  'item-ref-alone.yaml': ['target-item-alone', 8, 13],
  'item-ref-not-part.yaml': ['target-item-not-part', 8, 53],
  'measure-range-kind.yaml': ['measure-range-kind', 7, 37],
  'measure-range-order.yaml': ['measure-range-order', 7, 51],
  'missing-points.yaml': ['schema-required', 5, 5],
  'negative-points.yaml': ['schema-range', 9, 13],
  'pack-grades-order.pack.yaml': ['grades-order', 10, 11],
  'pack-missing-scoring.pack.yaml': ['schema-required', 3, 1],
  'part-of-cycle.yaml': ['part-of-cycle', 7, 14],
  'part-of-scope.yaml': ['part-of-scope', 19, 12],
  'part-of-scored.yaml': ['part-of-scored', 17, 13],
  'part-of-unread.yaml': ['part-of-unread', 14, 14],
  'points-not-number.yaml': ['schema-type', 9, 13],
  'syntax-error.yaml': ['yaml-syntax', 10, 1],
  'target-measure.yaml': ['target-measure', 8, 13],
  'target-shape.yaml': ['target-shape', 8, 13],
  'too-many-aliases.yaml': ['yaml-too-many-aliases', 1, 1],
  'unknown-area.yaml': ['unknown-area', 3, 7],
  'unknown-basis.yaml': ['unknown-basis', 11, 19],
  'unknown-benchmark.yaml': ['unknown-benchmark', 8, 35],
  'unknown-benchmark-in-all.yaml': ['unknown-benchmark', 8, 68],
  'unknown-department.yaml': ['unknown-department', 10, 11],
  'unknown-key.yaml': ['schema-unknown-key', 12, 5],
};

describe('invalid rule files', () => {
  it('has an expectation for every fixture file', () => {
    expect(readdirSync(`${ROOT}${DIR}`).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, [code, line, column]] of Object.entries(EXPECTED)) {
    it(`${file}: exit 2, ${code} at ${line}:${column}`, async () => {
      const run = await runCli(['rules', 'lint', `${DIR}/${file}`, '--pack', 'fixtures/packs/mini'], { cwd: ROOT });
      expect(run.code).toBe(2);
      const problems = run.stderr.split('\n').filter((l) => / {2}(错误|警告) {2}/.test(l));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        new RegExp(`^${DIR}/${file.replace(/\./g, '\\.')}:${line}:${column}( \\([^)]+\\))?  错误  `),
      );
      expect(problems[0]).toContain(`[${code}]`);
      expect(run.stderr).toMatchSnapshot();
    });
  }

  it.each(Object.keys(EXPECTED))('%s is also an error against the built-in pack (no --pack)', async (file) => {
    const run = await runCli(['rules', 'lint', `${DIR}/${file}`], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${DIR}/${file}:`);
  });

  it('says the same in English with --lang en', async () => {
    const run = await runCli(
      ['rules', 'lint', `${DIR}/unknown-department.yaml`, '--pack', 'fixtures/packs/mini', '--lang', 'en'],
      { cwd: ROOT },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${DIR}/unknown-department.yaml:10:11 (items[0].lead)  error  unknown department 市住建委  [unknown-department]`,
    );
    expect(run.stderr).toContain('did you mean 市住建局?');
  });
});
