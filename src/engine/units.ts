// How a distance reads in the measure's unit: "1.5 个百分点" for %, "2 起" for events, "0.02 人/万台" otherwise.
import type { Translator } from '../i18n/index.js';
import { unitSuffix } from '../util/unit-suffix.js';

/** The unit after a distance: a difference of percentages is in percentage points. */
export function distanceUnit(unit: string | undefined, tr: Translator): string {
  if (unit === '%') return tr.t('word.unit.percentage-points');
  if (unit === '‰') return tr.t('word.unit.per-mille-points');
  return unitSuffix(unit);
}

export { unitSuffix };
