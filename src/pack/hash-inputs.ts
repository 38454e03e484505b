// The sha256 of the rules and profile a report was judged by, as the report lists them among its inputs.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Input } from '../model/index.js';
import { sha256File } from '../util/sha256-file.js';
import { RULES_DIR } from './builtin.js';

/**
 * Inputs with their hashes; the built-in pack is named by its place in qcc (qcc:rules/…), not the install folder, so
 * reports compare across machines.
 */
export async function hashInputs(cwd: string, files: readonly string[], kind: Input['kind']): Promise<Input[]> {
  const out: Input[] = [];
  for (const file of files) {
    const absolute = resolve(cwd, file);
    const inBuiltin = relative(RULES_DIR, absolute);
    const path =
      !inBuiltin.startsWith('..') && !isAbsolute(inBuiltin) ? `qcc:rules/${inBuiltin.split(sep).join('/')}` : file;
    out.push({ path, sha256: await sha256File(absolute), kind });
  }
  return out;
}
