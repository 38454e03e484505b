// SARIF 2.1.0 for code scanning: check and validate output validate against the OASIS schema
// (fixtures/schemas/SOURCE.md); rules, levels, locations and the order are what GitHub and GitLab read.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/index.js';
import type { Problem } from '../../../src/model/index.js';
import { formatters } from '../../../src/report/formatters/index.js';
import { artifactUri } from '../../../src/report/formatters/sarif-log.js';
import { validationFormatters } from '../../../src/report/validation/index.js';
import type { ValidationResult } from '../../../src/report/validation/validation-result.js';
import { fixture } from '../../helpers/paths.js';
import { runCli } from '../../helpers/run-cli.js';
import { context, sampleReport } from './sample.js';

// The OASIS file is draft-04 ("id"); its keywords mean the same in draft-07, which ajv speaks, once "id" is "$id".
const official = JSON.parse(readFileSync(fixture('schemas/sarif-schema-2.1.0.json'), 'utf8')) as Record<
  string,
  unknown
>;
const { id, ...rest } = official;
delete rest.$schema;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateSarif = ajv.compile({ $id: id as string, ...rest });

interface Log {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Rule[] } };
    results: Result[];
  }>;
}
interface Rule {
  id: string;
  shortDescription: { text: string };
  help: { text: string };
  helpUri: string;
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations?: Array<{
    physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } };
    logicalLocations?: Array<{ name: string; kind: string }>;
  }>;
}

function valid(text: string): Log {
  const log = JSON.parse(text) as Log;
  validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  return log;
}

const tr = translator('zh');
const result: ValidationResult = {
  inputs: [],
  files: ['报送/a b.csv', '报送/开化县.xlsx'],
  records: 3,
  tool: { name: 'qcc', version: '9.8.7' },
  problems: [
    {
      code: 'value-not-number',
      severity: 'error',
      message: '考核项 6.4.1 的数值"良好"不是数字',
      hint: '只填数字',
      location: { file: '报送/开化县.xlsx', sheet: '指标数据', cell: 'E17', row: 17, column: 5 },
    },
    {
      code: 'value-missing',
      severity: 'warning',
      message: '考核项 6.3.1 没有填数值',
      location: { file: '报送/a b.csv', line: 4, column: 2 },
    },
    {
      code: 'sheet-hidden',
      severity: 'warning',
      message: '工作表“旧”是隐藏的',
      location: { file: '报送/开化县.xlsx', sheet: '旧' },
    },
  ] satisfies Problem[],
};

describe('sarif format', () => {
  it('validate: tool, rules from the problem codes with the catalogue text, one result per problem', () => {
    const log = valid(validationFormatters.sarif.format(result, { tr }) as string);
    expect(log.version).toBe('2.1.0');
    const { driver } = log.runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'qcc', version: '9.8.7', informationUri: 'https://github.com/qcc-cn/qcc' });
    expect(driver.rules.map((r) => r.id)).toEqual(['sheet-hidden', 'value-missing', 'value-not-number']);
    const rule = driver.rules.find((r) => r.id === 'value-not-number')!;
    expect(rule.shortDescription.text).toBe('考核项 … 的数值“…”不是数字');
    expect(rule.help.text).not.toContain('{');
    expect(rule.helpUri).toBe('https://github.com/qcc-cn/qcc/blob/main/docs/problems.md#value-not-number');
  });

  it('validate: CSV gets line and column, xlsx the sheet and cell in the message and a logical location', () => {
    const log = valid(validationFormatters.sarif.format(result, { tr }) as string);
    const results = log.runs[0]!.results;
    const [csv, hidden, cell] = ['value-missing', 'sheet-hidden', 'value-not-number'].map((code) =>
      results.find((r) => r.ruleId === code),
    );
    expect(results.map((r) => r.ruleId)).toEqual(['value-missing', 'value-not-number', 'sheet-hidden']);
    expect(csv).toMatchObject({
      ruleId: 'value-missing',
      level: 'warning',
      message: { text: '考核项 6.3.1 没有填数值' },
    });
    expect(csv!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: '%E6%8A%A5%E9%80%81/a%20b.csv' },
      region: { startLine: 4, startColumn: 2 },
    });
    expect(hidden!.locations![0]!.logicalLocations).toEqual([
      { name: '旧', fullyQualifiedName: '报送/开化县.xlsx/旧', kind: 'element' },
    ]);
    expect(cell).toMatchObject({ ruleId: 'value-not-number', level: 'error' });
    expect(cell!.message.text).toBe('指标数据!E17: 考核项 6.4.1 的数值"良好"不是数字\n只填数字');
    expect(cell!.locations![0]!.physicalLocation.region).toBeUndefined();
    expect(cell!.locations![0]!.logicalLocations![0]).toMatchObject({ name: '指标数据!E17', kind: 'element' });
    for (const r of log.runs[0]!.results) expect(log.runs[0]!.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('validate: the same bytes whatever order the problems come in', () => {
    const reversed = { ...result, problems: [...result.problems].reverse() };
    expect(validationFormatters.sarif.format(reversed, { tr })).toBe(validationFormatters.sarif.format(result, { tr }));
  });

  it('check: each outcome not met is a result of outcome-fail, outcome-invalid or outcome-missing', () => {
    const report = sampleReport();
    const log = valid(formatters.sarif.format(report, context()) as string);
    const results = log.runs[0]!.results;
    const outcomes = results.filter((r) => r.ruleId.startsWith('outcome-'));
    const notMet = report.outcomes.filter((o) => ['fail', 'missing', 'invalid'].includes(o.status));
    expect(outcomes).toHaveLength(notMet.length);
    expect(results).toHaveLength(notMet.length + report.problems.length);
    const fail = outcomes.find((r) => r.message.text.startsWith('5.1.2 主要农产品质量安全例行监测合格率 @ 衢州市'))!;
    expect(fail).toMatchObject({ ruleId: 'outcome-fail', level: 'error' });
    expect(fail.message.text).toContain('还差 1.5 个百分点');
    expect(outcomes.filter((r) => r.ruleId === 'outcome-missing').every((r) => r.level === 'warning')).toBe(true);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.find((r) => r.id === 'outcome-fail')).toMatchObject({
      shortDescription: { text: '考核项未达标' },
      helpUri: 'https://github.com/qcc-cn/qcc/blob/main/docs/ci.md#sarif',
    });
  });

  it('check in English: messages and rule texts in the chosen language', () => {
    const log = valid(formatters.sarif.format(sampleReport(), context('en')) as string);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.find((r) => r.id === 'outcome-fail')!.shortDescription.text).toBe('Item not met');
    expect(log.runs[0]!.results.some((r) => r.message.text.includes('Target: '))).toBe(true);
  });

  it.each([
    ['报送/开化县.xlsx', '%E6%8A%A5%E9%80%81/%E5%BC%80%E5%8C%96%E5%8E%BF.xlsx'],
    ['data\\a#1.csv', 'data/a%231.csv'],
    ['/srv/data/a.csv', 'file:///srv/data/a.csv'],
    ['C:\\报送\\a.csv', 'file:///C:/%E6%8A%A5%E9%80%81/a.csv'],
  ])('the artifact uri of %s is %s', (file, uri) => {
    expect(artifactUri(file)).toBe(uri);
  });

  it.each([
    ['check', ['check', '--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', '--fail-on', 'none']],
    ['validate', ['validate', fixture('data/mistakes.xlsx'), fixture('data/kaihua-gbk.csv')]],
  ])('the CLI writes a valid log for %s, naming its own version', async (_name, argv) => {
    const run = await runCli([...argv, '--format', 'sarif']);
    const log = valid(run.stdout);
    const pkg = JSON.parse(readFileSync(fixture('../package.json'), 'utf8')) as { version: string };
    expect(log.runs[0]!.tool.driver.version).toBe(pkg.version);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it('the schema has teeth: a result without a message fails', () => {
    const log = JSON.parse(validationFormatters.sarif.format(result, { tr }) as string) as Log;
    delete (log.runs[0]!.results[0] as Partial<Result>).message;
    expect(validateSarif(log)).toBe(false);
  });
});
