// JUnit as Jenkins' xunit plugin reads it: check and validate output validate against its junit-10.xsd
// (fixtures/schemas/SOURCE.md), and no two test cases of a suite share a name.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { fixture } from '../../helpers/paths.js';
import { xmlSchemaErrors } from '../../helpers/xml-schema.js';
import { findAll, parseXml } from './xml.js';

const clean = mkdtempSync(join(tmpdir(), 'qcc-junit-'));
writeFileSync(join(clean, 'data.csv'), 'region,item,year,value\n衢州市,6.3.2,2020,100\n');
afterAll(() => rmSync(clean, { recursive: true, force: true }));

const runs: Array<[string, string[], string | undefined]> = [
  [
    'check on the sample, failures, skips and seven target-unset warnings',
    ['check', '--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', '--fail-on', 'none'],
    undefined,
  ],
  [
    'check in English',
    ['check', '--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', '--fail-on', 'none', '--lang', 'en'],
    undefined,
  ],
  [
    'validate with errors and warnings',
    ['validate', fixture('data/mistakes.xlsx'), fixture('data/kaihua-gbk.csv')],
    undefined,
  ],
  ['validate with no problems', ['validate', 'data.csv'], clean],
];

describe('junit against junit-10.xsd', () => {
  it.each(runs)('%s', async (_name, argv, cwd) => {
    const run = await runCli([...argv, '--format', 'junit'], cwd ? { cwd } : {});
    expect(run.stdout).toMatch(/^<\?xml/);
    expect(await xmlSchemaErrors(run.stdout, 'junit-10.xsd')).toEqual([]);
    const root = parseXml(run.stdout);
    expect(Object.keys(root.attributes)).not.toContain('skipped');
    for (const suite of findAll(root, 'testsuite')) {
      const names = suite.children.filter((c) => c.name === 'testcase').map((c) => c.attributes.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('the run with no problems passes: one test case, no failure', async () => {
    const run = await runCli(['validate', 'data.csv', '--format', 'junit'], { cwd: clean });
    expect(run.code).toBe(0);
    expect(findAll(parseXml(run.stdout), 'failure')).toEqual([]);
    expect(findAll(parseXml(run.stdout), 'testcase')).toHaveLength(1);
  });

  it('rejects what Jenkins rejects, so the check above has teeth', async () => {
    const suite = '<testsuite name="s" tests="0" failures="0" errors="0"/>';
    const bad = `<?xml version="1.0"?>\n<testsuites skipped="1">${suite}</testsuites>\n`;
    expect(await xmlSchemaErrors(bad, 'junit-10.xsd')).toEqual([
      expect.stringContaining("Element 'testsuites', attribute 'skipped'"),
    ]);
  });
});
