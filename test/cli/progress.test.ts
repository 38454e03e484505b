// The progress line: on stderr only when it is a terminal, never on stdout, and off with --no-progress.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { progressOn } from '../../src/cli/progress.js';
import { fixture } from '../helpers/paths.js';

const temp = mkdtempSync(join(tmpdir(), 'qcc-progress-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function run(argv: string[], stderrTTY: boolean): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  await main(argv, {
    stdout: { write: (s) => ((out += String(s)), true) },
    stderr: { write: (s) => ((err += String(s)), true), isTTY: stderrTTY, columns: 100 },
    cwd: fixture('sample'),
    env: {},
    today: '2020-12-15',
  });
  return { out, err };
}

const CHECK = ['check', '--format', 'json', '--fail-on', 'none', '--date', '2020-12-15'];
const GAPS = ['gaps', '--date', '2020-12-15'];

describe('progress on stderr', () => {
  it('a terminal on stderr sees which file is being read, each line erased again; stdout stays clean', async () => {
    const { out, err } = await run(CHECK, true);
    expect(err).toContain('\r\u001b[K正在读取 填报-常山县.xlsx（1/');
    // The line is cleared before anything else is printed.
    expect(err.lastIndexOf('\r\u001b[K')).toBeGreaterThan(err.lastIndexOf('正在读取'));
    expect(out).not.toContain('\r');
    expect(out).not.toContain('\u001b');
    JSON.parse(out);
  });

  it.each([
    ['stderr is not a terminal', CHECK, false],
    ['--no-progress', [...CHECK, '--no-progress'], true],
  ])('%s: nothing', async (_why, argv, tty) => {
    const { err } = await run(argv, tty);
    expect(err).not.toContain('正在读取');
    expect(err).not.toContain('\r');
  });

  it('writing a gap list shows the file being written', async () => {
    const file = join(temp, '整改清单.xlsx');
    const { err } = await run([...GAPS, '-o', file], true);
    expect(err).toContain(`正在写入 ${file}…`);
    expect(err).toContain('已生成');
  });

  it('a long name is cut to the terminal width (a Chinese character is two columns), so the line never wraps', () => {
    let written = '';
    const progress = progressOn({ write: (s) => ((written += String(s)), true), isTTY: true, columns: 21 }, true);
    progress.step('正在读取 很长很长很长很长很长的文件名.xlsx');
    expect(written).toBe('\r\u001b[K正在读取 很长很长很');
    progress.done();
    expect(written.endsWith('\r\u001b[K')).toBe(true);
  });
});

describe('a terminal that does not tell its width', () => {
  // A pseudo-terminal without a size (docker exec -t, script, some CI runners) reports 0 columns: the line is then
  // cut at 80 columns like an unknown width, not at nothing.
  it.each([
    ['0 columns', 0],
    ['no columns', undefined],
  ])('%s: the whole line up to 80 columns', (_label, columns) => {
    let written = '';
    const progress = progressOn({ write: (s) => ((written += String(s)), true), isTTY: true, columns }, true);
    progress.step('正在读取 报送/县/子/填报-柯城区.xlsx（3/8）…');
    expect(written).toBe('\r\u001b[K正在读取 报送/县/子/填报-柯城区.xlsx（3/8）…');
  });
});
