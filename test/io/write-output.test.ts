// The one writer's refusals, on the writer itself: never over an input however it is spelt, never over a kept file.
import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureOf, writeOutput } from '../../src/io/write-output.js';

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

  it('takes /dev/stdout as standard output, like -', async () => {
    let printed = '';
    const stdout = { write: (chunk: string | Uint8Array) => (printed += String(chunk)) };
    expect(await writeOutput('report', { output: '/dev/stdout', cwd: folder(), stdout })).toEqual({ ok: true });
    expect(printed).toBe('report');
  });

  it.runIf(existsSync('/dev/null'))('writes into a device instead of replacing it with a file', async () => {
    const result = await writeOutput('report', { output: '/dev/null', cwd: folder(), stdout: silent });
    expect(result).toMatchObject({ ok: true });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it.runIf(existsSync('/dev/full'))('says the disk is full when it is, and the device stays a device', async () => {
    const result = await writeOutput('report', { output: '/dev/full', cwd: folder(), stdout: silent });
    expect(result).toMatchObject({ ok: false, reason: 'disk-full' });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('never names the temporary file in a failure', async () => {
    // A folder that exists but takes no new files (as root too): the temporary file cannot be made.
    const result = await writeOutput('report', { output: '/proc/qcc-report.md', cwd: folder(), stdout: silent });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.detail).not.toMatch(/\.tmp/);
      expect(result.detail).toContain('/proc/qcc-report.md');
    }
  });

  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EROFS', 'read-only'],
    ['EACCES', 'no-permission'],
    ['EPERM', 'no-permission'],
    ['EISDIR', 'is-folder'],
    ['EIO', 'other'],
    [undefined, 'other'],
  ])('reads the system error %s as %s', (code, reason) => {
    expect(failureOf(code)).toBe(reason);
  });
});
