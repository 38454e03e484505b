// Where a person goes to fix an outcome: the evaluation year's record, else the latest one used.
import type { Location, Outcome } from '../../model/index.js';

/** The item's own record first; a component's (read through an item reference) only when the item has none. */
export function outcomeLocation(outcome: Outcome): Location | undefined {
  const thisYear = outcome.records.filter((r) => r.year === outcome.year);
  const own = [...thisYear.filter((r) => r.item === undefined), ...thisYear.filter((r) => r.item !== undefined)];
  const record = own[0] ?? [...outcome.records].sort((a, b) => a.year - b.year).at(-1);
  return record?.location;
}
