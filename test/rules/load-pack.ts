// Reads the built-in pack once for the rule tests, from the source folder (not dist).
import { fileURLToPath } from 'node:url';
import { readPack } from '../../src/pack/read-pack.js';
import { translator } from '../../src/i18n/index.js';
import type { Pack, Problem } from '../../src/model/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PACK_DIR = fileURLToPath(new URL('../../rules/quality-city/', import.meta.url));

export function loadBuiltinPack(): { pack: Pack; problems: Problem[] } {
  const read = readPack(PACK_DIR, ROOT, translator('zh'));
  if (!read.pack) throw new Error(`pack did not load: ${read.problems.map((p) => p.message).join('; ')}`);
  return { pack: read.pack, problems: read.problems };
}
