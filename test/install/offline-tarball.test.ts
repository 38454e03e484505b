// The clerk's offline install: `npm pack` makes one tarball carrying its runtime dependencies, which installs into an
// empty prefix with npm --offline and an empty cache (so nothing can come from a registry) and runs a check.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

interface Manifest {
  name: string;
  version: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  bundleDependencies: string[];
}
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
  bundled: string[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const work = mkdtempSync(join(tmpdir(), 'qcc-offline-'));
const prefix = join(work, 'prefix');
const cache = join(work, 'npm-cache');
const userconfig = join(work, 'npmrc');
const outside = join(work, 'elsewhere');

// npm run from `npm test` exports npm_config_* (prefix, cache, global…) that would leak into the child npm; the
// child gets a clean environment and an empty user config, so only the flags below count.
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
env.NO_COLOR = '1';
env.LANG = 'zh_CN.UTF-8';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command: string, args: string[], options: SpawnSyncOptions = {}) =>
  spawnSync(command, args, { env, encoding: 'utf8', shell: process.platform === 'win32', ...options });

let pack: PackResult;
let tarball: string;
let install: ReturnType<typeof run>;

beforeAll(() => {
  mkdirSync(prefix);
  mkdirSync(cache);
  mkdirSync(outside);
  writeFileSync(userconfig, '');
  // --ignore-scripts: `prepare` would rebuild dist/ while other test files run the built CLI from it. dist/ is built
  // before the tests run (npm ci runs prepare in CI; CONTRIBUTING asks for npm run build), and a test below pins that
  // prepare is the build, so a plain `npm pack` builds first.
  const packed = run(
    npm,
    ['pack', '--ignore-scripts', '--json', '--pack-destination', work, '--userconfig', userconfig],
    {
      cwd: ROOT,
    },
  );
  expect(packed.status, String(packed.stderr)).toBe(0);
  pack = (JSON.parse(String(packed.stdout)) as PackResult[])[0] as PackResult;
  tarball = join(work, pack.filename);
  install = run(
    npm,
    [
      'install',
      '--global',
      tarball,
      '--offline',
      '--prefix',
      prefix,
      '--cache',
      cache,
      '--userconfig',
      userconfig,
      // A registry nobody listens on: if --offline ever let a request through, it would fail rather than download.
      '--registry',
      'http://127.0.0.1:9/',
      '--no-audit',
      '--no-fund',
    ],
    { cwd: outside },
  );
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const installed = () => join(prefix, 'lib', 'node_modules', ...manifest.name.split('/'));
const qcc = (args: string[]) =>
  process.platform === 'win32'
    ? run(join(prefix, 'qcc.cmd'), args, { cwd: outside })
    : run(join(prefix, 'bin', 'qcc'), args, { cwd: outside });

describe('npm pack', () => {
  it('builds dist/ in prepare, so a plain `npm pack` packs a fresh build', () => {
    expect(manifest.scripts.prepare).toBe('npm run build');
  });

  it('packs the built CLI, the rules, the sample, the schemas and the docs the README links to', () => {
    const paths = new Set(pack.files.map((f) => f.path));
    for (const path of [
      'bin/qcc.js',
      'dist/cli/main.js',
      'dist/pack/schema-validators.cjs',
      'rules/quality-city/pack.yaml',
      'fixtures/sample/qcc.yaml',
      'src/pack/schema/items.schema.json',
      'docs/ci.md',
      'docs/problems.md',
      'docs/report.schema.json',
      'README.md',
      'package.json',
    ])
      expect(paths, path).toContain(path);
    expect([...paths].filter((p) => p.endsWith('.tsbuildinfo'))).toEqual([]);
    expect([...paths].filter((p) => p.startsWith('test/') || p.startsWith('src/cli/'))).toEqual([]);
    // The printed-page PNGs are for reviewers of the repository (4–5 MB), not for a clerk's PC.
    expect([...paths].filter((p) => p.startsWith('docs/print/'))).toEqual([]);
  });

  it('bundles every runtime dependency and no development dependency', () => {
    expect([...manifest.bundleDependencies].sort()).toEqual(Object.keys(manifest.dependencies).sort());
    for (const name of Object.keys(manifest.dependencies)) expect(pack.bundled, name).toContain(name);
    for (const name of Object.keys(manifest.devDependencies)) {
      expect(pack.bundled, name).not.toContain(name);
      expect(pack.files.filter((f) => f.path.startsWith(`node_modules/${name}/`)).length, name).toBe(0);
    }
  });

  it('is one tarball of a sane size (exceljs is most of it)', () => {
    expect(readdirSync(work).filter((f) => f.endsWith('.tgz'))).toEqual([pack.filename]);
    expect(pack.size).toBeGreaterThan(1_000_000);
    expect(pack.size).toBeLessThan(20_000_000);
    expect(pack.unpackedSize).toBeLessThan(80_000_000);
  });
});

describe('npm install -g <tarball> --offline into an empty prefix, with an empty cache', () => {
  it('installs with no network', () => {
    expect(install.status, String(install.stderr)).toBe(0);
  });

  it('gives a qcc command that prints the version', () => {
    const version = qcc(['--version']);
    expect(version.stderr).toBe('');
    expect(String(version.stdout).trim()).toBe(manifest.version);
    expect(version.status).toBe(0);
  });

  it('checks the bundled sample city from the installed copy', () => {
    const check = qcc([
      'check',
      '--profile',
      join(installed(), 'fixtures', 'sample', 'qcc.yaml'),
      '--date',
      '2020-12-15',
      '--fail-on',
      'none',
    ]);
    expect(String(check.stdout)).toContain('衢州市 2020 年度自查报告');
    expect(String(check.stdout)).toContain('得分：93.12 / 100');
    expect(check.status).toBe(0);
  });

  it('validates the bundled sample files (warnings only: exit 0)', () => {
    const validate = qcc(['validate', join(installed(), 'fixtures', 'sample')]);
    expect(validate.status, String(validate.stdout) + String(validate.stderr)).toBe(0);
  });
});
