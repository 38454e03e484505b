// The real built CLI in a child process: the bin shim, exit codes, and what the light runs (--version, --help) load.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { childEnv } from '../helpers/child-env.js';

const node = process.execPath;
const env = childEnv();

describe('bin/qcc.js (built)', () => {
  it('runs rules lint on the test pack and exits 0', () => {
    const run = spawnSync(node, ['bin/qcc.js', 'rules', 'lint', 'fixtures/packs/mini'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('没有发现问题');
    expect(run.status).toBe(0);
  });

  it('exits 2 on an invalid rule file and names file:line:column', () => {
    const run = spawnSync(
      node,
      [
        'bin/qcc.js',
        'rules',
        'lint',
        'fixtures/rule-files/invalid/duplicate-key.yaml',
        '--pack',
        'fixtures/packs/mini',
      ],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fixtures/rule-files/invalid/duplicate-key.yaml:12:5');
  });

  // CommonJS packages imported from ESM land in require.cache, so it shows whether exceljs was loaded. One child
  // answers twice: after `qcc --version`, and after importing exceljs itself (so the first answer could be "loaded").
  const probe = `
    import { createRequire } from 'node:module';
    const cache = createRequire(process.cwd() + '/').cache;
    const seen = () => Object.keys(cache).some((k) => k.includes('/node_modules/exceljs/'));
    const say = () => console.log(seen() ? 'exceljs loaded' : 'exceljs not loaded');
    const { main } = await import('./dist/cli/main.js');
    const sink = { write() {} };
    await main(['--version'], { stdout: sink, stderr: sink, cwd: process.cwd(), env: {} });
    say();
    await import('exceljs');
    say();
  `;
  let answers: string[] | undefined;
  const probeAnswers = (): string[] =>
    (answers ??= execFileSync(node, ['--input-type=module', '-e', probe], { cwd: ROOT, env, encoding: 'utf8' })
      .trim()
      .split('\n'));

  it('--version does not load exceljs', () => {
    expect(probeAnswers()[0]).toBe('exceljs not loaded');
  });

  it('the probe does see exceljs when it is loaded (so the check above can fail)', () => {
    expect(probeAnswers()[1]).toBe('exceljs loaded');
  });
});

// Which modules a run of the built CLI loads: every ES module or package entry a resolve hook in the child sees, and
// every CommonJS file in require.cache when it exits (packages required on first use do not pass the hook). Start-up
// time is what users wait for on every command, so the light runs stay light.
describe('what the built CLI loads', () => {
  const hook = `
    import { appendFileSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      appendFileSync(process.env.QCC_LOAD_LOG, result.url + '\\n');
      return result;
    }`;
  const preload = `
    import { appendFileSync } from 'node:fs';
    import { createRequire, register } from 'node:module';
    import { pathToFileURL } from 'node:url';
    register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});
    const cache = createRequire(process.cwd() + '/').cache;
    process.on('exit', () => {
      const urls = Object.keys(cache).map((path) => pathToFileURL(path).href + '\\n');
      appendFileSync(process.env.QCC_LOAD_LOG, urls.join(''));
    });`;

  /** The files `qcc …args` loads, relative to the package root (dist/…, node_modules/…). */
  const loaded = (args: string[]): string[] => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-load-'));
    const log = join(dir, 'load.log');
    try {
      writeFileSync(log, '');
      const run = spawnSync(
        node,
        ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, 'bin/qcc.js', ...args],
        // Nothing kept from an earlier run: the run reads its pack and profile itself.
        { cwd: ROOT, env: { ...env, QCC_LOAD_LOG: log, QCC_CACHE_DIR: join(dir, 'cache') }, encoding: 'utf8' },
      );
      expect(run.stderr).not.toContain('Error');
      const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      const paths = urls.flatMap((url) =>
        url.startsWith('file:') ? [relative(ROOT, fileURLToPath(url)).split(sep).join('/')] : [],
      );
      return [...new Set(paths)].sort();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  /** The packages among the files, by name. */
  const packages = (paths: string[]): string[] => [
    ...new Set(paths.flatMap((p) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1] ?? [])),
  ];
  // What a command may load to be registered: its options, help texts and --format choices.
  const light = (path: string): boolean =>
    /^dist\/(cli|i18n|util)\//.test(path) ||
    path === 'dist/report/format-names.js' ||
    path === 'dist/engine/exit-code.js' ||
    path === 'bin/qcc.js';

  it('--version loads no package and nothing beyond the entry and the version', () => {
    for (const flag of ['--version', '-V']) {
      const paths = loaded([flag]);
      expect(packages(paths)).toEqual([]);
      expect(paths).toEqual(['bin/qcc.js', 'dist/cli/exit-codes.js', 'dist/cli/main.js', 'dist/cli/version.js']);
    }
  });

  it('--help loads commander and the catalogue, and no command runs its modules', () => {
    const paths = loaded(['--help']);
    expect(packages(paths)).toEqual(['commander']);
    expect(paths.filter((p) => !p.startsWith('node_modules/') && !light(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('-action.js'))).toEqual([]);
  });

  it('a command loads its own modules when it runs (so the checks above can fail)', () => {
    const paths = loaded(['rules', 'list']);
    expect(paths).toContain('dist/cli/commands/rules-action.js');
    expect(paths).toContain('dist/report/rules/rules-table.js');
  });

  it('a check reads its profile with the precompiled validators: ajv itself is not loaded', () => {
    const paths = loaded([
      'check',
      '--profile',
      'fixtures/sample/qcc.yaml',
      '--date',
      '2020-12-15',
      '--fail-on',
      'none',
    ]);
    expect(paths).toContain('dist/pack/schema-validators.cjs');
    // Packages required on first use are seen too.
    expect(packages(paths)).toContain('yaml');
    expect(paths.filter((p) => p.startsWith('node_modules/ajv/') && !p.includes('/runtime/'))).toEqual([]);
  });
});
