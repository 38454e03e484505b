// How a path is shown to the user: relative to the working folder when inside it or a few levels up, else absolute.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Beyond this many ".." a relative path is harder to read than the absolute one. */
const MAX_UP = 3;

/**
 * Relative paths keep outputs the same on every machine and keep local folder names out of shared workbooks;
 * "." stands for the working folder itself.
 */
export function displayPath(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (!rel) return '.';
  if (isAbsolute(rel)) return absolute;
  const parts = rel.split(sep);
  const up = parts.filter((p) => p === '..').length;
  return up > MAX_UP ? absolute : parts.join('/');
}
