// How a file's path is shown to the user: relative to the working folder when inside it, else absolute.
import { isAbsolute, relative, resolve, sep } from 'node:path';

export function displayPath(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return absolute;
  return rel.split(sep).join('/');
}
