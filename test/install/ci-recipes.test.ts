// docs/ci.md's three CI recipes work as written: the YAML parses, the Jenkinsfile's brackets pair, each matches its
// copy in docs/ci/, and every qcc command in them, run with the built CLI in a data repository, exits as the recipe
// relies on (0 for warnings only, 1 on data errors; `|| true` lines always 0) and writes the report the CI reads.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fixture, ROOT } from '../helpers/paths.js';
import { childEnv } from '../helpers/child-env.js';

const page = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
// The recipes run from their heading to the next one; later sections carry fragments (SARIF upload), not recipes.
const recipesStart = page.indexOf('## CI 配方');
const recipesEnd = page.indexOf('\n## ', recipesStart + 1);
const recipesSection = page.slice(recipesStart, recipesEnd < 0 ? undefined : recipesEnd);
const blocks = [...recipesSection.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1] as string,
  text: m[2] as string,
}));

type Yaml = Record<string, unknown>;
interface Recipe {
  name: string;
  file: string;
  lang: string;
  /** The shell commands the CI runs, in order. */
  commands(text: string): string[];
  /** The report files the CI reads afterwards (artifact, junit). */
  reads(text: string): string[];
}

const yamlOf = (text: string): Yaml => parseDocument(text).toJS() as Yaml;
const recipes: Recipe[] = [
  {
    name: 'GitHub Actions',
    file: 'github-validate.yml',
    lang: 'yaml',
    commands: (text) =>
      ((yamlOf(text).jobs as Yaml).validate as { steps: { run?: string }[] }).steps.flatMap((s) => s.run ?? []),
    reads: (text) =>
      ((yamlOf(text).jobs as Yaml).validate as { steps: { with?: { path?: string } }[] }).steps.flatMap(
        (s) => s.with?.path ?? [],
      ),
  },
  {
    name: 'GitLab CI',
    file: 'gitlab-ci.yml',
    lang: 'yaml',
    commands: (text) => (yamlOf(text).validate as { script: string[] }).script,
    reads: (text) => [(yamlOf(text).validate as { artifacts: { reports: { junit: string } } }).artifacts.reports.junit],
  },
  {
    name: 'Jenkins',
    file: 'Jenkinsfile',
    lang: 'groovy',
    commands: (text) => [...text.matchAll(/^\s*sh '([^']*)'$/gm)].map((m) => m[1] as string),
    reads: (text) => [...text.matchAll(/junit testResults: '([^']*)'/g)].map((m) => m[1] as string),
  },
];

/** Whether (), [] and {} pair up outside strings and comments. */
function bracketsBalance(groovy: string): boolean {
  const code = groovy
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
  const open: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const ch of code) {
    if ('([{'.includes(ch)) open.push(ch);
    else if (ch in pairs && open.pop() !== pairs[ch]) return false;
  }
  return open.length === 0;
}

// Two data repositories: the sample city's files (warnings only), and the same with a file that has errors.
const work = mkdtempSync(join(tmpdir(), 'qcc-ci-recipes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
function dataRepository(name: string, withErrors: boolean): string {
  const repo = join(work, name);
  mkdirSync(join(repo, 'submissions'), { recursive: true });
  copyFileSync(fixture('sample/qcc.yaml'), join(repo, 'qcc.yaml'));
  for (const file of readdirSync(fixture('sample')).filter((f) => /\.(xlsx|csv)$/.test(f)))
    copyFileSync(fixture(`sample/${file}`), join(repo, 'submissions', file));
  if (withErrors)
    writeFileSync(
      join(repo, 'submissions', '补报.csv'),
      '地区,指标编号,指标名称,年度,数值\n衢州市,6.4.1,工程质量,2020,良好\n',
    );
  return repo;
}

/** A recipe line with `npx --no -- qcc` replaced by the built CLI, run by the shell in the repository. */
function runLine(line: string, cwd: string) {
  const qcc = `"${process.execPath}" "${join(ROOT, 'bin', 'qcc.js')}"`;
  expect(line).toMatch(/^npx --no -- qcc /);
  return spawnSync('sh', ['-c', line.replaceAll('npx --no -- qcc', qcc)], {
    cwd,
    encoding: 'utf8',
    env: childEnv(),
  });
}

describe('the bracket check', () => {
  it.each([
    ["pipeline { stage('a') { sh 'x' } }", true],
    ["pipeline { stage('a') { sh 'x' }", false],
    ["pipeline { stage('a)') { sh '}' } } // {", true],
    ['pipeline { steps [ } ]', false],
  ] as const)('%s → %s', (groovy, balanced) => {
    expect(bracketsBalance(groovy)).toBe(balanced);
  });
});

describe('docs/ci.md', () => {
  it('has three recipes: two YAML, one Jenkinsfile', () => {
    expect(blocks.map((b) => b.lang)).toEqual(recipes.map((r) => r.lang));
  });
});

describe.each(recipes.map((r, i) => [r.name, r, i] as const))('%s recipe', (_name, recipe, index) => {
  const text = blocks[index]?.text ?? '';

  it(`is docs/ci/${recipe.file}, word for word`, () => {
    expect(text).toBe(readFileSync(join(ROOT, 'docs', 'ci', recipe.file), 'utf8'));
  });

  it('is valid syntax', () => {
    if (recipe.lang === 'yaml') expect(parseDocument(text).errors).toEqual([]);
    else {
      expect(text).toMatch(/^pipeline \{$/m);
      expect(bracketsBalance(text)).toBe(true);
      expect(text).toMatch(/post \{\s*always \{\s*junit /);
    }
  });

  it('installs with npm ci, then runs qcc only from the installed copy', () => {
    const [install, ...rest] = recipe.commands(text);
    expect(install).toBe('npm ci');
    expect(rest.length).toBeGreaterThanOrEqual(2);
    for (const line of rest) expect(line).toMatch(/^npx --no -- qcc validate /);
  });

  it.each([
    ['warnings only', false],
    ['a file with errors', true],
  ] as const)('runs its qcc commands on a data repository with %s', (label, withErrors) => {
    const repo = dataRepository(`${recipe.file}-${withErrors ? 'errors' : 'clean'}`, withErrors);
    for (const line of recipe.commands(text).slice(1)) {
      const run = runLine(line, repo);
      const expected = line.endsWith('|| true') || !withErrors ? 0 : 1;
      expect(run.status, `${line} (${label}): ${run.stderr}`).toBe(expected);
      if (line.includes('--format github') && withErrors)
        expect(run.stdout).toContain('::error file=submissions/补报.csv');
    }
    for (const report of recipe.reads(text)) {
      const path = join(repo, report);
      expect(existsSync(path), `${report} written`).toBe(true);
      const content = readFileSync(path, 'utf8');
      if (report.endsWith('.xml')) {
        expect(content).toContain('<testsuites');
        expect(content.includes('<failure'), `${report} has a failure`).toBe(withErrors);
      } else expect((JSON.parse(content) as { schema: string }).schema).toBe('qcc/validation@1');
    }
  });
});
