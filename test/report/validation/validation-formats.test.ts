// The validate formatters on hand-made results: escaping, order, and the fixed JSON shape.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/index.js';
import { validationFormatters } from '../../../src/report/validation/index.js';
import type { ValidationResult } from '../../../src/report/validation/validation-result.js';
import type { Problem } from '../../../src/model/index.js';

const tr = translator('zh');
const problem = (over: Partial<Problem> & Pick<Problem, 'location'>): Problem => ({
  code: 'value-not-number',
  severity: 'error',
  message: '数值"9%"不是数字\n第二行',
  ...over,
});

const result: ValidationResult = {
  inputs: [
    { path: 'b&<c>.csv', sha256: 'b'.repeat(64), kind: 'csv' },
    { path: 'a, b.xlsx', sha256: 'a'.repeat(64), kind: 'xlsx' },
  ],
  files: ['a, b.xlsx', 'b&<c>.csv'],
  records: 7,
  problems: [
    problem({ location: { file: 'b&<c>.csv', line: 4, column: 2 }, severity: 'warning', code: 'value-missing' }),
    problem({ location: { file: 'a, b.xlsx', sheet: '指标数据', cell: 'E17', row: 17, column: 5 }, hint: '改正' }),
  ],
};

describe('validation formats', () => {
  it('github: escaped properties and data, xlsx cell in the message, CSV line and column', () => {
    const out = validationFormatters.github.format(result, { tr, color: false });
    expect(out.split('\n')).toEqual([
      '::error file=a%2C b.xlsx,title=value-not-number::指标数据!E17: 数值"9%25"不是数字%0A第二行 — 改正',
      '::warning file=b&<c>.csv,line=4,col=2,title=value-missing::数值"9%25"不是数字%0A第二行',
      '2 个文件，7 条数据，1 个错误，1 个警告',
      '',
    ]);
  });

  it('junit: XML-escaped names and bodies, warnings-only files pass', () => {
    const out = validationFormatters.junit.format(result, { tr, color: false });
    expect(out).toContain('<testcase classname="qcc.validate" name="b&amp;&lt;c&gt;.csv">\n      <system-out>');
    expect(out).toContain('<failure type="value-not-number" message="1 个错误，0 个警告">a, b.xlsx › 指标数据!E17');
    expect(out).toContain('tests="2" failures="1"');
    expect(out).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('json: schema, sorted inputs and problems, sorted keys, same bytes every time', () => {
    const out = validationFormatters.json.format(result);
    const doc = JSON.parse(out);
    expect(doc.schema).toBe('qcc/validation@1');
    expect(doc.inputs.map((i: { path: string }) => i.path)).toEqual(['a, b.xlsx', 'b&<c>.csv']);
    expect(doc.problems.map((p: Problem) => p.location.file)).toEqual(['a, b.xlsx', 'b&<c>.csv']);
    expect(Object.keys(doc.problems[0])).toEqual(['code', 'hint', 'location', 'message', 'severity']);
    expect(validationFormatters.json.format(result)).toBe(out);
  });

  it('table: problems then the summary line', () => {
    const out = validationFormatters.table.format(result, { tr, color: false });
    expect(out.startsWith('a, b.xlsx › 指标数据!E17  错误')).toBe(true);
    expect(out.endsWith('\n\n2 个文件，7 条数据，1 个错误，1 个警告\n')).toBe(true);
  });
});
