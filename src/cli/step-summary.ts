// GitHub's job summary: when GITHUB_STEP_SUMMARY names a file, check and validate append their Markdown summary to
// it. It is a courtesy beside the real output, so a failed write is a warning on stderr and never changes the exit.
import { appendText } from '../io/append-text.js';
import type { CliContext } from './context.js';

export function appendStepSummary(ctx: CliContext, markdown: () => string): void {
  const file = ctx.io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const result = appendText(file, ctx.io.cwd, markdown());
  if (!result.ok) ctx.io.stderr.write(`${ctx.tr.t('cli.warning.step-summary', { file, detail: result.detail })}\n`);
}
