// Target kind `events` ({ op: "==", value: 0 } on an events measure): the count of incidents in the evaluation year.
import { compareTarget, compareValue, readOpValue } from './compare.js';
import type { TargetEvaluator, TargetModule } from './types.js';

export const evaluateEvents: TargetEvaluator<'events'> = compareValue;

/** Written as compare is; the reader picks events for an events measure (src/pack/read-target.ts). */
export const eventsTarget: TargetModule<'events'> = {
  yaml: { ...compareTarget.yaml, example: undefined },
  schema: compareTarget.schema,
  measures: ['events'],
  read: (t) => readOpValue('events', t),
  evaluate: evaluateEvents,
  describe: (target, { tr }) => tr.t('target.events', { op: tr.t(`target.op.${target.op}`), value: target.value }),
  json: (target) => ({ op: target.op, value: Number(target.value) }),
  years: () => 1,
  grades: () => [],
};
