// The entry of qcc: `qcc --version` alone answers at once; every other run loads the commander tree (program.ts).
import type { CliIo } from './io.js';
import type { RegisterCommand } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { toolInfo } from './version.js';

/**
 * Runs qcc with `argv` (without node and script); never throws for user errors; returns 0, 1 or 2.
 * `commands` is for tests that run one command with a stand-in (gaps with a prepared report).
 */
export async function main(argv: readonly string[], io: CliIo, commands?: readonly RegisterCommand[]): Promise<number> {
  // Scripts and CI ask for the version to see that qcc is installed: that needs neither commander nor the catalogue.
  // Commander would print the same line.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${toolInfo().version}\n`);
    return EXIT.ok;
  }
  const { runProgram } = await import('./program.js');
  return commands ? runProgram(argv, io, commands) : runProgram(argv, io);
}
