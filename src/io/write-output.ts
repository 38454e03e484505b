// The one writer: output goes to stdout or to a file written atomically (temp file + rename), never over an input.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
export type WriteFailure = 'input' | 'exists' | 'is-folder' | 'no-permission' | 'disk-full' | 'read-only' | 'other';

/** Names that mean standard output, as in other command-line tools. */
const STDOUT_NAMES = new Set(['-', '/dev/stdout']);

/** What an operating-system error means for the person, by its code. */
export function failureOf(code: string | undefined): WriteFailure {
  switch (code) {
    case 'EISDIR':
      return 'is-folder';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    default:
      return 'other';
  }
}

export type WriteResult = { ok: true; path?: string } | { ok: false; reason: WriteFailure; detail: string };

/** The same file however it is spelt (relative, absolute, through a link). */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  return real(a) === real(b);
}

export async function writeOutput(content: string | Uint8Array, target: WriteTarget): Promise<WriteResult> {
  if (!target.output || STDOUT_NAMES.has(target.output)) {
    target.stdout.write(content);
    return { ok: true };
  }
  const path = resolve(target.cwd, target.output);
  if ((target.inputs ?? []).some((input) => samePath(resolve(target.cwd, input), path))) {
    return { ok: false, reason: 'input', detail: target.output };
  }
  if (target.keepExisting && existsSync(path)) return { ok: false, reason: 'exists', detail: target.output };
  const existing = statOf(path);
  if (existing?.isDirectory()) return { ok: false, reason: 'is-folder', detail: target.output };
  // A device or a pipe (/dev/null, /dev/full, a FIFO) is written into, never replaced: a rename over it would swap the
  // device for a regular file (as root it can) and report success.
  if (existing && !existing.isFile()) return writeInPlace(path, content);
  return writeFileAtomic(path, content);
}

function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function failure(error: unknown, shown: string, temp?: string): WriteResult {
  const code = (error as NodeJS.ErrnoException).code;
  // The person never saw the temporary file: a message names only the file they asked for.
  const message = (error as Error).message;
  const detail = temp ? message.split(temp).join(shown) : message;
  return { ok: false, reason: failureOf(code), detail };
}

function writeInPlace(path: string, content: string | Uint8Array): WriteResult {
  try {
    writeFileSync(path, content);
    return { ok: true, path };
  } catch (error) {
    return failure(error, path);
  }
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
    return failure(error, path, temp);
  }
}
