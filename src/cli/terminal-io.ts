// stdout and stderr as a terminal should get them: control characters in text shown visibly (see show-controls.ts).
import { showControls } from '../util/show-controls.js';
import type { CliIo, OutStream } from './io.js';

/**
 * The one place text reaches the terminal: tables, problems, explain, rules show, usage errors, commander's own
 * words. Bytes (a workbook) pass as they are; so does JSON, which escapes its own control characters.
 */
function shown(stream: OutStream, keepColour: boolean): OutStream {
  return {
    write: (chunk) => stream.write(typeof chunk === 'string' ? showControls(chunk, keepColour) : chunk),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

/** `io` with its two streams made safe; colour sequences are kept only when qcc colours its output. */
export function terminalIo(io: CliIo, colour: boolean): CliIo {
  return { ...io, stdout: shown(io.stdout, colour), stderr: shown(io.stderr, colour) };
}
