// The real built CLI in a child process: the bin shim, exit codes, and that --version does not load exceljs.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const node = process.execPath;
const env = { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' };

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
    const cache = createRequire(import.meta.url).cache;
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
