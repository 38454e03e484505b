// Makes a folder a command promised (init's 报送/), failing as data like the writer does.
import { mkdirSync } from 'node:fs';

export type FolderResult = { ok: true } | { ok: false; detail: string };

export function makeFolder(path: string): FolderResult {
  try {
    mkdirSync(path);
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
}
