// The sha256 of input files, as the report lists them: data files, and the rules and profile they were judged by.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Input } from '../model/index.js';
import { RULES_DIR } from '../pack/builtin.js';

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Inputs with their hashes; the built-in pack is named by its place in qcc (qcc:rules/…), not the install folder, so reports compare across machines. */
export async function hashInputs(cwd: string, files: readonly string[], kind: Input['kind']): Promise<Input[]> {
  const out: Input[] = [];
  for (const file of files) {
    const absolute = resolve(cwd, file);
    const inBuiltin = relative(RULES_DIR, absolute);
    const path = !inBuiltin.startsWith('..') && !isAbsolute(inBuiltin) ? `qcc:rules/${inBuiltin.split(sep).join('/')}` : file;
    out.push({ path, sha256: await sha256File(absolute), kind });
  }
  return out;
}
