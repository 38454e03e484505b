// --help and --version: Chinese by default, English with --lang en or QCC_LANG=en (never by LANG); usage errors exit 2.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/paths.js';
import { toolInfo } from '../../src/cli/version.js';

describe('qcc --help', () => {
  it('lists the commands in Chinese by default', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法： qcc');
    expect(run.stdout).toContain('命令：');
    expect(run.stdout).toMatch(/rules\s+查看、检查和测试规则包/);
    expect(run.stdout).toContain('退出码：0');
    expect(run.stdout).not.toMatch(/display help|Usage:/);
  });

  it('is in English with --lang en', async () => {
    const run = await runCli(['--help', '--lang', 'en']);
    expect(run.stdout).toContain('Usage: qcc');
    expect(run.stdout).toMatch(/rules\s+inspect, check and test rule packs/);
    expect(run.stdout).toContain('Exit codes: 0');
  });

  it.each<[Record<string, string>, string[], boolean]>([
    [{ QCC_LANG: 'fr' }, [], true],
    [{ QCC_LANG: 'en_US.UTF-8' }, [], true],
    [{ QCC_LANG: 'fr' }, ['--lang', 'en'], false],
    [{ QCC_LANG: 'EN' }, [], false],
    [{}, [], false],
  ])('QCC_LANG %j with %j: a note that it was not understood: %s', async (env, argv, noted) => {
    const run = await runCli(['rules', '--help', ...argv], { env });
    expect(run.code).toBe(0);
    expect(/QCC_LANG=\S+ (不是 zh 或 en|is neither zh nor en)/.test(run.stderr)).toBe(noted);
  });

  it('is in English with QCC_LANG=en, and stays Chinese under an English LANG', async () => {
    const run = await runCli(['rules', '--help'], { env: { QCC_LANG: 'en' } });
    expect(run.stdout).toMatch(/list \[options\]\s+list every item of the rule pack/);
    const english = await runCli(['rules', '--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(english.stdout).toContain('列出规则包中的全部考核项');
  });

  it('prints help and exits 0 with no arguments', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法： qcc');
  });

  it.each([[['--version']], [['-V']], [['-v']], [['--lang', 'en', '-v']], [['--no-color', '-V']]])(
    '%j prints the version',
    async (argv) => {
      const run = await runCli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(toolInfo().version);
    },
  );

  it.each([
    [['lsit'], '没有这个命令：lsit'],
    [['chek'], '是不是 qcc check？'],
    [['rules', 'lsit'], '是不是 qcc rules list？'],
    [['rules', 'list', '--frmat', 'json'], '没有这个选项：--frmat'],
    [['rules', 'list', '--format', 'pdf'], '选项 --format <format> 的值 pdf 无效，可选：table, json, markdown'],
    [['rules', 'show'], '缺少参数：item'],
  ])('a usage error (%j) exits 2 with a Chinese message', async (argv, message) => {
    const run = await runCli(argv, { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
