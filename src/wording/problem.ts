// Builds a Problem from its stable code: the message is `problem.<code>`, the hint `hint.<code>` when it exists.
import type { Location, Problem, Severity } from '../model/index.js';
import type { MessageKey, MessageParams, ParamsOf, Translator } from '../i18n/index.js';
import { hasMessage, translate } from '../i18n/index.js';

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

/** A quoted value (a cell's text) is cut to this many characters: a 30 000-character cell is not a message. */
export const QUOTE_LIMIT = 200;

/** Cut at a character boundary: a surrogate pair is never split. */
function cut(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
  return `${text.slice(0, end)}…`;
}

/** Parameters that quote what a person typed into a cell; the others are qcc's own text or a path, never cut. */
const TYPED = new Set(['value', 'raw', 'region', 'unit', 'column', 'title', 'item']);

/** Every quoted cell text at most QUOTE_LIMIT characters. */
function quoted(params: MessageParams): MessageParams {
  let out: MessageParams | undefined;
  for (const [key, value] of Object.entries(params)) {
    if (!TYPED.has(key) || typeof value !== 'string' || value.length <= QUOTE_LIMIT) continue;
    out ??= { ...params };
    out[key] = cut(value);
  }
  return out ?? params;
}

function buildProblem(
  tr: Translator,
  code: ProblemCode,
  severity: Severity,
  location: Location,
  given: MessageParams,
  hint?: string,
): Problem {
  const params = quoted(given);
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
