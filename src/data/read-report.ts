// Reads a self-check report written by `qcc check --format json` (for qcc diff and qcc gaps --report).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Problem, Report } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import { makeProblem } from '../wording/problem.js';
import { fsErrorText } from '../wording/fs-error.js';

export async function readReportJson(
  path: string,
  cwd: string,
  tr: Translator,
): Promise<{ report?: Report; problems: Problem[] }> {
  const absolute = resolve(cwd, path);
  const file = displayPath(absolute, cwd);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return {
      problems: [makeProblem(tr, 'file-unreadable', 'error', { file }, { detail: fsErrorText(error, file, tr) })],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [makeProblem(tr, 'report-not-json', 'error', { file }, { detail: (error as Error).message })] };
  }
  const raw = (value ?? {}) as Partial<Report>;
  if (
    raw.schema !== 'qcc/report@1' ||
    !Array.isArray(raw.outcomes) ||
    !Array.isArray(raw.areas) ||
    typeof raw.summary !== 'object' ||
    raw.summary === null ||
    !raw.profile
  ) {
    const schema = typeof raw.schema === 'string' ? raw.schema : tr.t('word.none');
    return { problems: [makeProblem(tr, 'report-wrong-schema', 'error', { file }, { schema })] };
  }
  const report = value as Report;
  // Reports written before 待定 existed have no vetoUndetermined: none was told apart then.
  if (!Array.isArray(report.summary.vetoUndetermined)) report.summary.vetoUndetermined = [];
  return { report, problems: [] };
}
