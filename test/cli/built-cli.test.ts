// The real built CLI in a child process: the bin shim, exit codes, and that --version does not load exceljs.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const node = process.execPath;
const env = { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' };

describe('bin/qcc.js (built)', () => {
  it('runs rules lint on the test pack and exits 0', () => {
    const run = spawnSync(node, ['bin/qcc.js', 'rules', 'lint', 'fixtures/packs/mini'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(run.stdout).toContain('没有发现问题');
    expect(run.status).toBe(0);
  });

  it('exits 2 on an invalid rule file and names file:line:column', () => {
    const run = spawnSync(node, ['bin/qcc.js', 'rules', 'lint', 'fixtures/rule-files/invalid/duplicate-key.yaml', '--pack', 'fixtures/packs/mini'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fixtures/rule-files/invalid/duplicate-key.yaml:12:5');
  });

  // CommonJS packages imported from ESM land in require.cache, so it shows whether exceljs was loaded.
  const probe = (argv: string[], extraImport = '') => `
    import { createRequire } from 'node:module';
    ${extraImport}
    const { main } = await import('./dist/cli/main.js');
    const sink = { write() {} };
    await main(${JSON.stringify(argv)}, { stdout: sink, stderr: sink, cwd: process.cwd(), env: {} });
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/exceljs/'));
    console.log(loaded ? 'exceljs loaded' : 'exceljs not loaded');
  `;
  const runProbe = (source: string) => execFileSync(node, ['--input-type=module', '-e', source], { cwd: ROOT, env, encoding: 'utf8' }).trim();

  it('--version does not load exceljs', () => {
    expect(runProbe(probe(['--version']))).toBe('exceljs not loaded');
  });

  it('the probe does see exceljs when it is loaded (so the check above can fail)', () => {
    expect(runProbe(probe(['--version'], "await import('exceljs');"))).toBe('exceljs loaded');
  });
});
