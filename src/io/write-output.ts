// The one writer: output goes to stdout or to a file written atomically (temp file + rename), never over an input.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface WriteTarget {
  output?: string;
  cwd: string;
  stdout: { write(chunk: string | Uint8Array): unknown };
  /** Files this run read: writing over one of them is refused. */
  inputs?: readonly string[];
  /** A file people work in (a gap list, a template): an existing one is never replaced. */
  keepExisting?: boolean;
}

/** Why a write was refused or failed, as data: the CLI says it in the user's language. */
export type WriteFailure = 'input' | 'exists' | 'is-folder' | 'no-permission' | 'other';

export type WriteResult = { ok: true; path?: string } | { ok: false; reason: WriteFailure; detail: string };

/** The same file however it is spelt (relative, absolute, through a link). */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  return real(a) === real(b);
}

export async function writeOutput(content: string | Uint8Array, target: WriteTarget): Promise<WriteResult> {
  if (!target.output || target.output === '-') {
    target.stdout.write(content);
    return { ok: true };
  }
  const path = resolve(target.cwd, target.output);
  if ((target.inputs ?? []).some((input) => samePath(resolve(target.cwd, input), path))) {
    return { ok: false, reason: 'input', detail: target.output };
  }
  if (target.keepExisting && existsSync(path)) return { ok: false, reason: 'exists', detail: target.output };
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
    const code = (error as NodeJS.ErrnoException).code;
    const reason: WriteFailure =
      code === 'EISDIR' ? 'is-folder' : code === 'EACCES' || code === 'EPERM' ? 'no-permission' : 'other';
    return { ok: false, reason, detail: (error as Error).message };
  }
}
