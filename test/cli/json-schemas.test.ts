// Every JSON output validates against the schema docs/ publishes for it (docs/ci.md): one row per command with
// --format json, run in-process, checked with ajv (draft-07) in strict mode.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import * as formatNames from '../../src/report/format-names.js';
import { fixture, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const temp = mkdtempSync(join(tmpdir(), 'qcc-json-schemas-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const schemaOf = (file: string): object => JSON.parse(readFileSync(join(ROOT, 'docs', file), 'utf8')) as object;
const SAMPLE = ['--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', '--fail-on', 'none'];

interface Row {
  /** The format-names list whose command this is. */
  formats: keyof typeof formatNames;
  argv: string[];
  schema: string;
  id: string;
}

const rows: Row[] = [
  { formats: 'CHECK_FORMATS', argv: ['check', ...SAMPLE], schema: 'report.schema.json', id: 'qcc/report@1' },
  {
    formats: 'CHECK_FORMATS',
    argv: ['check', ...SAMPLE, '--region', '龙游县', '--lang', 'en'],
    schema: 'report.schema.json',
    id: 'qcc/report@1',
  },
  {
    formats: 'VALIDATION_FORMATS',
    argv: ['validate', fixture('data/mistakes.xlsx'), fixture('data/kaihua-gbk.csv')],
    schema: 'validation.schema.json',
    id: 'qcc/validation@1',
  },
  {
    formats: 'VALIDATION_FORMATS',
    argv: ['validate', fixture('data/odd/mixed-line-endings.csv')],
    schema: 'validation.schema.json',
    id: 'qcc/validation@1',
  },
  {
    formats: 'DIFF_FORMATS',
    argv: ['diff', fixture('gaps/report-2020.json'), fixture('gaps/report-2020-recheck.json')],
    schema: 'diff.schema.json',
    id: 'qcc/diff@1',
  },
  { formats: 'RULES_FORMATS', argv: ['rules', 'list'], schema: 'rules.schema.json', id: 'qcc/rules@1' },
];

describe('JSON outputs against their published schemas', () => {
  it('covers every command that offers --format json', () => {
    const withJson = Object.entries(formatNames)
      .filter(([, names]) => (names as readonly string[]).includes('json'))
      .map(([name]) => name)
      .sort();
    expect([...new Set(rows.map((r) => r.formats))].sort()).toEqual(withJson);
  });

  it.each(rows)('$argv.0 $argv.1 $argv.2 → docs/$schema', async ({ argv, schema, id }) => {
    const run = await runCli([...argv, '--format', 'json'], { cwd: ROOT, today: '2021-03-01' });
    expect(run.stderr).not.toContain('Error');
    const doc = JSON.parse(run.stdout) as { schema: string };
    expect(doc.schema).toBe(id);
    const validate = ajv.getSchema(schema) ?? ajv.addSchema(schemaOf(schema), schema).getSchema(schema)!;
    validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    // The schema has teeth: the same document with its last required field removed fails.
    const required = (schemaOf(schema) as { required: string[] }).required;
    const broken: Record<string, unknown> = { ...doc };
    delete broken[required.at(-1)!];
    expect(validate(broken)).toBe(false);
  });

  it.each(['report', 'validation', 'diff', 'rules'])(
    'docs/%s.schema.json has a stable $id under the repository and names its qcc/…@1',
    (name) => {
      const schema = schemaOf(`${name}.schema.json`) as { $id: string; title: string; $schema: string };
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.$id).toBe(`https://raw.githubusercontent.com/qcc-cn/qcc/main/docs/${name}.schema.json`);
      expect(schema.title).toContain(`(qcc/${name}@1)`);
    },
  );
});
