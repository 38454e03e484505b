// Progress lines for long runs, on stderr and only when it is a terminal: a pipe or a CI log gets nothing.
import type { OutStream } from './io.js';
import { charWidth } from '../util/char-width.js';

export interface Progress {
  /** Replaces the progress line with this text. */
  step(text: string): void;
  /** Clears the progress line, so that what follows starts on a clean line. */
  done(): void;
}

const SILENT: Progress = { step: () => undefined, done: () => undefined };

/**
 * A progress line on `stderr` (the raw stream: its \r and erase-line must reach the terminal as they are) when it is
 * a terminal and --no-progress was not given. stdout is never written, so a piped report stays clean.
 */
export function progressOn(stderr: OutStream, wanted: boolean): Progress {
  if (!wanted || !stderr.isTTY) return SILENT;
  let shown = false;
  return {
    step(text) {
      // One line: cut to the terminal's width so that it never wraps and leaves a line behind. A pseudo-terminal
      // without a size reports 0 columns, which means unknown (80), as in output.ts.
      const width = Math.max(10, (stderr.columns || 80) - 1);
      // A control character in a file name would move the cursor: shown as a space.
      const chars = Array.from(text).map((ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch));
      let used = 0;
      let cut = '';
      for (const ch of chars) {
        const w = charWidth(ch.codePointAt(0)!);
        if (used + w > width) break;
        used += w;
        cut += ch;
      }
      stderr.write(`\r\u001b[K${cut}`);
      shown = true;
    },
    done() {
      if (shown) stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
