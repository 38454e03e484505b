// Status words and symbols shared by the formats; the words come from the catalogue.
import type { Status } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';

/** Language-neutral marks for the district matrix (one column wide on every terminal). */
export const STATUS_SYMBOL: Record<Status, string> = {
  pass: '✓',
  fail: '✗',
  missing: '?',
  invalid: '!',
  'not-applicable': '-',
  waived: '~',
};

/** Most urgent first: the status a group of outcomes is summarised by. */
const URGENCY: readonly Status[] = ['fail', 'invalid', 'missing', 'waived', 'not-applicable', 'pass'];

export function statusLabel(tr: Translator, status: Status): string {
  return tr.t(`status.${status}`);
}

export function mostUrgent(statuses: readonly Status[]): Status {
  return URGENCY.find((s) => statuses.includes(s)) ?? 'pass';
}
