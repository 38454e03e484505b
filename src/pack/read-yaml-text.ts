// Reads a YAML file's text for parsing: refuses files over the size cap and files that are not UTF-8, in words.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';
import { fsErrorText } from '../wording/fs-error.js';

/** The largest qcc.yaml or rule file qcc reads: the biggest built-in file is under 30 KB. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;

/** The text of a YAML file, or the one problem that stops it being read. */
export function readYamlText(path: string, shown: string, tr: Translator): { text?: string; problems: Problem[] } {
  const stop = (problem: Problem) => ({ problems: [problem] });
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    // One byte past the cap is enough to know the file is too large; a pipe or device (size 0) is read up to it.
    const limit = MAX_YAML_BYTES + 1;
    const buffer = Buffer.alloc(size > 0 ? Math.min(size, limit) : limit);
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    bytes = buffer.subarray(0, length);
  } catch (error) {
    return stop(
      makeProblem(tr, 'file-unreadable', 'error', { file: shown }, { detail: fsErrorText(error, shown, tr) }),
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes.length > MAX_YAML_BYTES)
    return stop(makeProblem(tr, 'yaml-too-large', 'error', { file: shown }, { file: shown, max: '2 MB' }));
  // UTF-16 (Notepad's "Unicode") starts with a byte-order mark; GBK (WPS, older Notepad) is not valid UTF-8.
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  let text: string | undefined;
  if (!utf16) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) return stop(makeProblem(tr, 'yaml-not-utf8', 'error', { file: shown }, { file: shown }));
  return { text, problems: [] };
}
