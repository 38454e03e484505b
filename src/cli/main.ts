// The entry of qcc: `qcc --version` alone answers at once; every other run loads the commander tree (program.ts).
import type { CliIo } from './io.js';
import type { RegisterCommand } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { toolInfo } from './version.js';

/** -v as well as -V: ESLint, Spectral and npm answer -v. */
const VERSION_FLAGS = ['--version', '-V', '-v'];

/**
 * Runs qcc with `argv` (without node and script); never throws for user errors; returns 0, 1 or 2.
 * `commands` is for tests that run one command with a stand-in (gaps with a prepared report).
 */
export async function main(argv: readonly string[], io: CliIo, commands?: readonly RegisterCommand[]): Promise<number> {
  // Scripts and CI ask for the version to see that qcc is installed: that needs neither commander nor the catalogue.
  // Commander would print the same line.
  if (argv.length === 1 && VERSION_FLAGS.includes(argv[0] ?? '')) {
    io.stdout.write(`${toolInfo().version}\n`);
    return EXIT.ok;
  }
  const { runProgram } = await import('./program.js');
  // Before the command word, -v is the version as -V is (commander takes one short flag for it).
  // (--lang is the one global option with a separate value.)
  const first = argv.findIndex((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
  const args = argv.map((a, i) => (a === '-v' && (first < 0 || i < first) ? '-V' : a));
  return commands ? runProgram(args, io, commands) : runProgram(args, io);
}
