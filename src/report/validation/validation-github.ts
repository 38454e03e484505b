// `qcc validate --format github`: workflow annotations (::error file=…,line=…::) that GitHub shows on the files.
import type { Problem } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { githubEscapeData, githubEscapeProperty } from '../utils/github-escape.js';
import { sortProblems } from '../../util/sort-problems.js';
import { summarise, type ValidationResult } from './validation-result.js';

function annotation(p: Problem): string {
  const { location: l } = p;
  const props = [`file=${githubEscapeProperty(l.file)}`];
  // CSV and YAML have lines; a spreadsheet cell has none GitHub can show, so sheet!cell goes in the message.
  if (l.line !== undefined) {
    props.push(`line=${l.line}`);
    if (l.column !== undefined) props.push(`col=${l.column}`);
  }
  props.push(`title=${githubEscapeProperty(p.code)}`);
  const place = l.sheet !== undefined ? `${l.sheet}!${l.cell ?? l.row ?? ''}`.replace(/!$/, '') : '';
  const text = `${place ? `${place}: ` : ''}${p.message}${p.hint ? ` — ${p.hint}` : ''}`;
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${githubEscapeData(text)}`;
}

export function validationGithub(result: ValidationResult, tr: Translator): string {
  const lines = sortProblems(result.problems).map(annotation);
  lines.push(tr.t('validate.summary', { ...summarise(result) }));
  return `${lines.join('\n')}\n`;
}
