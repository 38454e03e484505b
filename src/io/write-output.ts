// The one writer: output goes to stdout or to a file written atomically (temp file + rename), never over an input.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface WriteTarget {
  output?: string;
  cwd: string;
  stdout: { write(chunk: string | Uint8Array): unknown };
  /** Files this run read: writing over one of them is refused. */
  inputs?: readonly string[];
}

/** overInput: the output is one of the files the run read (the caller says so in the user's language). */
export type WriteResult = { ok: true; path?: string } | { ok: false; detail: string; overInput?: true };

export async function writeOutput(content: string | Uint8Array, target: WriteTarget): Promise<WriteResult> {
  if (!target.output || target.output === '-') {
    target.stdout.write(content);
    return { ok: true };
  }
  const path = resolve(target.cwd, target.output);
  if ((target.inputs ?? []).some((input) => resolve(target.cwd, input) === path)) {
    return { ok: false, detail: 'refusing to overwrite an input file', overInput: true };
  }
  return writeFileAtomic(path, content);
}

export function writeFileAtomic(path: string, content: string | Uint8Array): WriteResult {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, path);
    return { ok: true, path };
  } catch (error) {
    rmSync(temp, { force: true });
    return { ok: false, detail: (error as Error).message };
  }
}
