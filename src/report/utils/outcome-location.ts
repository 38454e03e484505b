// Where a person goes to fix an outcome: the evaluation year's record, else the latest one used.
import type { Location, Outcome } from '../../model/index.js';

export function outcomeLocation(outcome: Outcome): Location | undefined {
  const own = outcome.records.filter((r) => r.year === outcome.year);
  const record = own[0] ?? [...outcome.records].sort((a, b) => a.year - b.year).at(-1);
  return record?.location;
}
