// While data files are read: the progress line (which file, how far through the list) and the note on skipped files.
import type { CliContext } from './context.js';

export function readingProgress(ctx: CliContext): {
  onFile: (file: string, index: number, total: number) => void;
  onSkipped: (files: readonly string[]) => void;
} {
  const { tr, io } = ctx;
  return {
    onFile: (file, index, total) => ctx.progress?.step(tr.t('cli.progress.reading', { file, index, total })),
    // A lock file beside an open workbook is never data; the note says it was seen, so nobody wonders.
    onSkipped: (files) => {
      ctx.progress?.done();
      io.stderr.write(`${tr.t('cli.note.skipped', { files: files.join(tr.t('gaps.list.join')) })}\n`);
    },
  };
}
