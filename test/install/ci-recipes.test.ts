// docs/ci.md's three CI recipes work as written: the YAML parses, Groovy parses the Jenkinsfile, each matches its
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

/**
 * Parses each file with Groovy's own parser, as Jenkins would before running the pipeline (the DSL's methods need not
 * resolve, only the syntax): null for a file that parses, else the error's line. Needs Debian's `groovy`, which
 * .ci/run installs; without it the test fails rather than skips, since only a parser catches what a recipe edit breaks.
 */
function groovyParse(files: string[]): (string | null)[] {
  const script =
    'args.each { f -> try { new GroovyShell().parse(new File(f).getText("UTF-8"), "Jenkinsfile"); println "ok" } ' +
    'catch (e) { println "error " + e.message.readLines().find { it.contains("@ line") } } }';
  const run = spawnSync('groovy', ['-e', script, ...files], { encoding: 'utf8' });
  if (run.error || run.status !== 0)
    throw new Error(`groovy failed (apt-get install groovy default-jre-headless): ${run.error ?? run.stderr}`);
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => (line === 'ok' ? null : line.slice('error '.length)));
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

// The Jenkinsfile and edits that break it, parsed in one JVM start (about a second and a half).
const jenkinsfile = readFileSync(join(ROOT, 'docs', 'ci', 'Jenkinsfile'), 'utf8');
const groovyCases = [
  ['the recipe as written', (text: string) => text, true],
  ['its last } left out', (text: string) => text.trimEnd().replace(/\}$/, ''), false],
  ["a ' left out", (text: string) => text.replace("sh 'npm ci'", "sh 'npm ci"), false],
  ['a ) too many', (text: string) => text.replace("unit: 'MINUTES')", "unit: 'MINUTES'))"), false],
  ['a { where a ( belongs', (text: string) => text.replace('timeout(', 'timeout{'), false],
] as const;
let groovyResults: (string | null)[] | undefined;
function groovyResult(index: number): string | null | undefined {
  if (!groovyResults) {
    const files = groovyCases.map(([, edit], i) => {
      const file = join(work, `Jenkinsfile-${i}`);
      writeFileSync(file, edit(jenkinsfile));
      return file;
    });
    groovyResults = groovyParse(files);
  }
  return groovyResults[index];
}

describe('Groovy parses the Jenkinsfile', () => {
  it.each(groovyCases.map(([label, , parses], i) => [label, parses, i] as const))(
    '%s → parses: %s',
    (_label, parses, index) => {
      const error = groovyResult(index);
      if (parses) expect(error).toBeNull();
      else expect(error).toMatch(/@ line \d+, column \d+/);
    },
  );
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
      expect(groovyResult(0), 'the recipe parses').toBeNull();
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

// The commands the page shows outside the recipes (the command list, SARIF) are copied into CI by hand just as often:
// each runs in the data repository the page describes, finds the data there (exit 0 or 1, never 2) and writes its -o.
const outsideRecipes = page.slice(0, recipesStart) + (recipesEnd < 0 ? '' : page.slice(recipesEnd));
const fragmentLines = [...outsideRecipes.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].flatMap((m) =>
  (m[2] as string).split('\n').flatMap((line) => {
    const command = /(?:^|run: )(npx --no -- qcc [^#]*?)\s*(?:#.*)?$/.exec(line)?.[1];
    return command ? [command] : [];
  }),
);

describe('the commands shown outside the recipes', () => {
  it('include the command list and the SARIF ones', () => {
    expect(fragmentLines).toContain('npx --no -- qcc validate submissions --format json -o qcc-validation.json');
    expect(fragmentLines.filter((line) => line.includes('--format sarif'))).toHaveLength(3);
  });

  it.each(fragmentLines)('%s', (line) => {
    const repo = dataRepository(`fragment-${fragmentLines.indexOf(line)}`, true);
    const run = runLine(line, repo);
    const expected = line.endsWith('|| true') ? [0] : [0, 1];
    expect(expected, `${line}: exit ${run.status}: ${run.stderr}`).toContain(run.status);
    const output = /-o (\S+)/.exec(line)?.[1];
    if (output) {
      const content = readFileSync(join(repo, output), 'utf8');
      if (output.endsWith('.sarif')) expect((JSON.parse(content) as { version: string }).version).toBe('2.1.0');
      else if (output.endsWith('.xml')) expect(content).toContain('<testsuites');
      else expect((JSON.parse(content) as { schema: string }).schema).toBe('qcc/validation@1');
    }
  });
});
