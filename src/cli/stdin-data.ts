// `-` among a command's data files: standard input, read once into a temporary file and shown by --stdin-filename.
import { saveStdin } from '../data/stdin-input.js';
import type { CliContext } from './context.js';
import { UsageError } from './usage-error.js';

export interface DataFiles {
  /** The files as given, with `-` replaced by the temporary file that holds standard input. */
  files: string[];
  /** The name each temporary file is shown by. */
  names: Map<string, string>;
}

/**
 * Runs `run` with `-` resolved; the temporary file is removed afterwards, whatever happens. --stdin-filename without
 * `-` is a usage error rather than silently ignored.
 */
export async function withStdinData<T>(
  ctx: CliContext,
  files: readonly string[],
  stdinFilename: string | undefined,
  run: (data: DataFiles) => Promise<T>,
): Promise<T> {
  const dashes = files.filter((f) => f === '-').length;
  if (dashes > 1) throw new UsageError(ctx.tr.t('cli.error.stdin-twice'));
  if (!dashes) {
    if (stdinFilename !== undefined) throw new UsageError(ctx.tr.t('cli.error.stdin-filename-alone'));
    return run({ files: [...files], names: new Map() });
  }
  const saved = await saveStdin(ctx.io.stdin, stdinFilename);
  try {
    return await run({
      files: files.map((f) => (f === '-' ? saved.path : f)),
      names: new Map([[saved.path, saved.name]]),
    });
  } finally {
    await saved.remove();
  }
}
