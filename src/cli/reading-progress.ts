// The progress line while data files are read: which file, and how far through the list.
import type { CliContext } from './context.js';

export function readingProgress(ctx: CliContext): { onFile: (file: string, index: number, total: number) => void } {
  return {
    onFile: (file, index, total) => ctx.progress?.step(ctx.tr.t('cli.progress.reading', { file, index, total })),
  };
}
