// The one writer's refusals, on the writer itself: never over an input however it is spelt, never over a kept file.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/io/write-output.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-writer-'));
  writeFileSync(join(dir, 'data.csv'), 'typed by a person');
  return dir;
}

const silent = { write: () => true };

describe('writeOutput', () => {
  it.each([
    ['the same relative name', () => 'data.csv'],
    ['an absolute path', (dir: string) => join(dir, 'data.csv')],
    ['a roundabout path', () => './sub/../data.csv'],
  ])('refuses an input spelt as %s, and leaves it as it was', async (_how, spell) => {
    const dir = folder();
    const result = await writeOutput('report', { output: spell(dir), cwd: dir, stdout: silent, inputs: ['data.csv'] });
    expect(result).toMatchObject({ ok: false, reason: 'input' });
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe('typed by a person');
  });

  it('refuses an input reached through a link', async () => {
    const dir = folder();
    symlinkSync(join(dir, 'data.csv'), join(dir, 'link.csv'));
    const result = await writeOutput('report', {
      output: 'link.csv',
      cwd: dir,
      stdout: silent,
      inputs: [join(dir, 'data.csv')],
    });
    expect(result).toMatchObject({ ok: false, reason: 'input' });
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe('typed by a person');
  });

  it('does not replace a file people work in, and writes it when it is not there yet', async () => {
    const dir = folder();
    const kept = await writeOutput('new', { output: 'data.csv', cwd: dir, stdout: silent, keepExisting: true });
    expect(kept).toMatchObject({ ok: false, reason: 'exists' });
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe('typed by a person');
    const fresh = await writeOutput('new', { output: 'out/list.csv', cwd: dir, stdout: silent, keepExisting: true });
    expect(fresh).toMatchObject({ ok: true, path: join(dir, 'out/list.csv') });
    expect(readFileSync(join(dir, 'out/list.csv'), 'utf8')).toBe('new');
  });

  it('replaces a file that is neither an input nor kept, and prints to stdout without -o or with -', async () => {
    const dir = folder();
    expect(await writeOutput('new', { output: 'data.csv', cwd: dir, stdout: silent })).toMatchObject({ ok: true });
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe('new');
    let printed = '';
    const stdout = { write: (chunk: string | Uint8Array) => (printed += String(chunk)) };
    expect(await writeOutput('a', { cwd: dir, stdout, inputs: ['data.csv'] })).toEqual({ ok: true });
    expect(await writeOutput('b', { output: '-', cwd: dir, stdout })).toEqual({ ok: true });
    expect(printed).toBe('ab');
  });
});
