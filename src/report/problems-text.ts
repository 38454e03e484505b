// Problems as text for the terminal: "file:line:col  错误  message  [code]" with the hint below, sorted.
import { Chalk } from 'chalk';
import type { Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { formatLocation } from '../util/format-location.js';
import { sortProblems } from '../util/sort-problems.js';

export interface ProblemsTextOptions {
  tr: Translator;
  color: boolean;
}

export function formatProblems(problems: readonly Problem[], { tr, color }: ProblemsTextOptions): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  for (const p of sortProblems(problems)) {
    const severity =
      p.severity === 'error' ? c.red(tr.t('word.severity.error')) : c.yellow(tr.t('word.severity.warning'));
    // In a rule or profile file the YAML path says which entry, where a line number alone may not.
    const path = p.location.path ? ` ${c.dim(`(${p.location.path})`)}` : '';
    lines.push(`${formatLocation(p.location)}${path}  ${severity}  ${p.message}  ${c.dim(`[${p.code}]`)}`);
    if (p.hint) lines.push(`  ${c.dim('→')} ${p.hint}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
