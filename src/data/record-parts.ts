// The parts records share: one copy of each repeated string, value and evidence list, so a record costs little memory.
import type { RecordValue } from '../model/index.js';
import { boundedMemo, interner } from '../util/bounded-memo.js';
import { splitEvidence } from './split-evidence.js';

/**
 * Region, title, unit, reporter, note and the typed text repeat on most rows of a data set; each record points at one
 * copy. Bounded: a data set of mostly distinct texts keeps its own strings and the table stays small.
 */
export const shareText: (text: string) => string = interner();

// Shared objects are frozen: records are read, never changed, and a change to one would change every record holding it.
const EMPTY_VALUE: RecordValue = Object.freeze({ type: 'empty' });
const TRUE_VALUE: RecordValue = Object.freeze({ type: 'boolean', value: true });
const FALSE_VALUE: RecordValue = Object.freeze({ type: 'boolean', value: false });
const numberValue = boundedMemo((value): RecordValue => Object.freeze({ type: 'number', value }));
const textValue = boundedMemo((value): RecordValue => Object.freeze({ type: 'text', value }));
const invalidValue = boundedMemo((reason): RecordValue => Object.freeze({ type: 'invalid', reason }));

/** The one shared object equal to `value` (95.5 on ten thousand rows is one object). */
export function shareValue(value: RecordValue): RecordValue {
  switch (value.type) {
    case 'empty':
      return EMPTY_VALUE;
    case 'boolean':
      return value.value ? TRUE_VALUE : FALSE_VALUE;
    case 'number':
      return numberValue(value.value);
    case 'text':
      return textValue(value.value);
    case 'invalid':
      return invalidValue(value.reason);
  }
}

/** The 佐证材料 cell's list, one frozen array per distinct cell text (most rows list the same documents or none). */
export const evidenceList: (text: string) => string[] = boundedMemo(
  (text) => Object.freeze(splitEvidence(text).map(shareText)) as string[],
);
