// Colour as other Node CLIs decide it: --color and FORCE_COLOR force it, --no-color and NO_COLOR turn it off, a
// terminal has it by default; never into a file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture } from '../helpers/paths.js';

const temp = mkdtempSync(join(tmpdir(), 'qcc-colour-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const ESC = '\u001b[';

async function run(argv: string[], env: Record<string, string>, tty: boolean): Promise<string> {
  let out = '';
  await main(['check', '--fail-on', 'none', '--date', '2020-12-15', ...argv], {
    stdout: { write: (s) => ((out += String(s)), true), isTTY: tty, columns: 120 },
    stderr: { write: () => true },
    cwd: fixture('sample'),
    env,
  });
  return out;
}

describe('colour', () => {
  it.each<[string, string[], Record<string, string>, boolean, boolean]>([
    ['a terminal', [], {}, true, true],
    ['a pipe', [], {}, false, false],
    ['a pipe with FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, false, true],
    ['a pipe with --color', ['--color'], {}, false, true],
    ['a terminal with NO_COLOR=1', [], { NO_COLOR: '1' }, true, false],
    ['a terminal with --no-color', ['--no-color'], {}, true, false],
    ['a terminal with FORCE_COLOR=0', [], { FORCE_COLOR: '0' }, true, false],
    ['a terminal with TERM=dumb', [], { TERM: 'dumb' }, true, false],
    ['--no-color over FORCE_COLOR=1', ['--no-color'], { FORCE_COLOR: '1' }, false, false],
    ['--color over NO_COLOR=1', ['--color'], { NO_COLOR: '1' }, false, true],
    ['FORCE_COLOR=1 over NO_COLOR=1', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
  ])('%s: coloured %s', async (_what, argv, env, tty, coloured) => {
    expect((await run(argv, env, tty)).includes(ESC)).toBe(coloured);
  });

  it('a file written with -o is never coloured, even with --color', async () => {
    const file = join(temp, 'report.txt');
    await run(['--color', '-o', file], { FORCE_COLOR: '1' }, true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('年度自查报告');
    expect(text).not.toContain(ESC);
  });
});
