// Appends text to a file that others write too (GitHub's job summary): never truncates, creates it when absent.
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { failureOf, type WriteFailure } from './write-output.js';

export type AppendResult = { ok: true } | { ok: false; reason: WriteFailure; detail: string };

export function appendText(file: string, cwd: string, text: string): AppendResult {
  try {
    appendFileSync(resolve(cwd, file), text, 'utf8');
    return { ok: true };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { ok: false, reason: failureOf(e.code), detail: e.code ?? e.message };
  }
}
