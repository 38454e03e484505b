// Target kind `item` ({ item: "4.1.3" }): another item's own target on its own records, as a route of an any/all.
import type { TargetEvaluator, TargetModule } from './types.js';

/** The path of an item id, as items.schema.json checks the `id` of an item. */
const ITEM_ID = '^[1-9][0-9]*\\.[1-9][0-9]*\\.[1-9][0-9]*$';

/**
 * The referenced item is judged as the city holds it (its profile override applied), in its own unit, for the same
 * region and year; its steps and records join the referring item's, marked as its, and its value is not taken as the
 * referring item's (the units differ).
 */
export const evaluateItemRef: TargetEvaluator<'item'> = (target, ctx, part) => {
  const { tr } = ctx;
  const other = ctx.other(target.item);
  if (!other) {
    // The pack reader refuses an unknown item or a cycle; this keeps a hand-built pack from looping.
    const text = tr.t('gap.item-unknown', { id: target.item });
    return { status: 'invalid', gap: { text }, reason: text, steps: [text], records: [] };
  }
  const { item } = other;
  const result = part(other.target, other.ctx);
  const steps = [tr.t('step.item', { id: item.id, title: item.title })];
  for (const step of [...other.notes, ...result.steps]) steps.push(step);
  const judged = {
    status: result.status,
    steps,
    records: result.records.map((r) => ({ ...r, item: item.id })),
    ...(result.reason !== undefined ? { reason: result.reason } : {}),
  };
  if (!result.gap) return judged;
  const gap = { ...result.gap, text: tr.t('gap.item', { id: item.id, title: item.title, gap: result.gap.text }) };
  return { ...judged, gap };
};

export const itemTarget: TargetModule<'item'> = {
  yaml: { marker: 'item', required: ['item'], keys: ['item'], example: 'target.example.item' },
  schema: {
    item: {
      type: 'string',
      pattern: ITEM_ID,
      description: 'an item whose part_of is this item: its own target on its own records (only inside any or all)',
    },
  },
  measures: ['rate', 'count', 'amount', 'index', 'rank', 'grade'],
  read: (t, ctx) => {
    if (typeof t.item !== 'string') return undefined;
    // Alone it would be the other item's target under this item's name and unit: only a route or a condition.
    if (ctx.parent !== 'any' && ctx.parent !== 'all') {
      ctx.error('target-item-alone', ctx.at, { item: t.item });
      return undefined;
    }
    return { kind: 'item', item: t.item };
  },
  evaluate: evaluateItemRef,
  describe: (target, { tr, item }) => {
    const other = item(target.item);
    if (!other) return tr.t('target.item.bare', { id: target.item });
    // The unset note is the component's own row's business; here it is enough to say the city sets it.
    const key = other.unset ? 'target.item.unset' : 'target.item';
    return tr.t(key, { id: target.item, title: other.title, target: other.target });
  },
  json: (target) => ({ item: target.item }),
  years: () => 1,
  grades: () => [],
};
