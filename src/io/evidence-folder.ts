// The evidence folder given with --evidence-dir: which file names in a 佐证材料 cell are files inside it.
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/** Whether `path` is `root` or lies beneath it. */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Only files inside the folder count, however the cell spells them: `../x` and a link that leads out of the folder
 * (to a file that happens to exist elsewhere) are not evidence in it.
 */
export function evidenceFolder(root: string): { exists(path: string): boolean } {
  let realRoot: string | undefined;
  return {
    exists: (path) => {
      const full = resolve(root, path);
      if (!inside(root, full)) return false;
      try {
        realRoot ??= realpathSync(root);
        return inside(realRoot, realpathSync(full)) && statSync(full).isFile();
      } catch {
        return false;
      }
    },
  };
}
