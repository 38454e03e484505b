// Target kind `events` ({ op: "==", value: 0 } on an events measure): the count of incidents in the evaluation year.
import { compareValue } from './compare.js';
import type { TargetEvaluator } from './types.js';

export const evaluateEvents: TargetEvaluator<'events'> = compareValue;
