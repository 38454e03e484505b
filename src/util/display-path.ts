// How a file's path is shown to the user: relative to the working folder when inside it, else absolute.
import { isAbsolute, relative, resolve, sep } from 'node:path';

export function displayPath(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  // The working folder itself is ".": its absolute path would differ on every machine and say no more.
  if (!rel) return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return absolute;
  return rel.split(sep).join('/');
}
