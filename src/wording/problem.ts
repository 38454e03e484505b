// Builds a Problem from its stable code: the message is `problem.<code>`, the hint `hint.<code>` when it exists.
import type { Location, Problem, Severity } from '../model/index.js';
import type { MessageKey, MessageParams, ParamsOf, Translator } from '../i18n/index.js';
import { hasMessage, translate } from '../i18n/index.js';
import { QUOTED_TEXT_CHARS, quoteValue } from './quote-value.js';

/** Every code that has a message in the catalogue. */
export type ProblemCode = MessageKey extends infer K ? (K extends `problem.${infer C}` ? C : never) : never;

type HintParams<C extends ProblemCode> = `hint.${C}` extends MessageKey ? ParamsOf<`hint.${C}`> : unknown;
/**
 * A problem's parameters: each placeholder of `problem.<code>`, and those of `hint.<code>` (optional: a caller that
 * passes its own hint text does not fill the catalogue's).
 */
export type ProblemParams<C extends ProblemCode> = ParamsOf<`problem.${C}`> & Partial<HintParams<C>>;

export function makeProblem<C extends ProblemCode>(
  tr: Translator,
  code: C,
  severity: Severity,
  location: Location,
  params: ProblemParams<C>,
  hint?: string,
): Problem {
  return buildProblem(tr, code, severity, location, params, hint);
}

/** A problem from an issue kept as data (a value's issues): its parameters were checked where the issue was made. */
export function problemFromIssue(
  tr: Translator,
  issue: { code: ProblemCode; severity: Severity; params: MessageParams },
  location: Location,
): Problem {
  return buildProblem(tr, issue.code, issue.severity, location, issue.params);
}

/** Parameters that quote what a person typed into a cell: cut to a short prefix (see quote-value). */
const CELL_PARAMS: ReadonlySet<string> = new Set([
  'value',
  'otherValue',
  'raw',
  'formula',
  'unit',
  'title',
  'region',
  'item',
  'column',
  'text',
  'note',
]);

/** The parameters as a message quotes them: cell texts cut short, any other text cut only when absurdly long. */
export function quotedParams<P extends MessageParams>(params: P): P {
  let out: Record<string, unknown> | undefined;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    const cut = quoteValue(value, CELL_PARAMS.has(name) ? undefined : QUOTED_TEXT_CHARS);
    if (cut !== value) (out ??= { ...params })[name] = cut;
  }
  return (out as P | undefined) ?? params;
}

function buildProblem(
  tr: Translator,
  code: ProblemCode,
  severity: Severity,
  location: Location,
  given: MessageParams,
  hint?: string,
): Problem {
  const params = quotedParams(given);
  const hintKey = `hint.${code}`;
  const problem: Problem = {
    code,
    severity,
    message: translate(tr.lang, `problem.${code}`, params),
    location,
  };
  const text = hint ?? (hasMessage(hintKey) ? translate(tr.lang, hintKey, params) : undefined);
  if (text) problem.hint = text;
  return problem;
}
