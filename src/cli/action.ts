// A command's action returns its exit code; commander drops what an action returns, so this keeps it for main().
import type { CliContext } from './context.js';
import type { ExitCode } from './exit-codes.js';

export function action<A extends unknown[]>(
  ctx: CliContext,
  run: (...args: A) => ExitCode | Promise<ExitCode>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    ctx.exitCode = await run(...args);
  };
}
