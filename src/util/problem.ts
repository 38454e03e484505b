// Builds a Problem from its stable code: the message is `problem.<code>`, the hint `hint.<code>` when it exists.
import type { Location, Problem, Severity } from '../model/index.js';
import type { MessageKey, MessageParams, Translator } from '../i18n/index.js';
import { hasMessage, translate } from '../i18n/index.js';

/** Every code that has a message in the catalogue. */
export type ProblemCode = MessageKey extends infer K ? (K extends `problem.${infer C}` ? C : never) : never;

export function makeProblem(
  tr: Translator,
  code: ProblemCode,
  severity: Severity,
  location: Location,
  params: MessageParams = {},
  hint?: string,
): Problem {
  const hintKey = `hint.${code}`;
  const problem: Problem = {
    code,
    severity,
    // Codes reach here as data (a value's issues, a schema error), so the parameters are checked by the tests of each
    // problem rather than by the compiler.
    message: translate(tr.lang, `problem.${code}`, params),
    location,
  };
  const text = hint ?? (hasMessage(hintKey) ? translate(tr.lang, hintKey, params) : undefined);
  if (text) problem.hint = text;
  return problem;
}
