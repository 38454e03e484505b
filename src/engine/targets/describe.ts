// A target in words ("≥ 98%", "近 3 年逐年不下降"), in the user's language; used by reports, rules and the engine.
import type { Benchmark, Item, Override, Target } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { targetModule } from './index.js';

/** What an item reference needs to be put in words: the referenced item's title, target (as held) and unit. */
export type ItemLookup = (id: string) => { title: string; target: Target; unit?: string } | undefined;

/** The pack's items with the profile's overrides applied, for describing item references. */
export function itemLookup(
  items: readonly Item[],
  overrides: Readonly<Record<string, Pick<Override, 'target'>>> = {},
): ItemLookup {
  const byId = new Map(items.map((i) => [i.id, i]));
  return (id) => {
    const item = byId.get(id);
    if (!item) return undefined;
    const unit = item.measure.unit !== undefined ? { unit: item.measure.unit } : {};
    return { title: item.title, target: overrides[id]?.target ?? item.target, ...unit };
  };
}

export function describeTarget(
  target: Target,
  unit: string | undefined,
  tr: Translator,
  benchmarks: readonly Benchmark[] = [],
  items: ItemLookup = () => undefined,
  seen: ReadonlySet<string> = new Set(),
): string {
  const part = (t: Target): string => describeTarget(t, unit, tr, benchmarks, items, seen);
  // A referenced item is described in its own unit; one already being described is left bare (no endless words).
  const item = (id: string): { title: string; target: string; unset: boolean } | undefined => {
    const other = seen.has(id) ? undefined : items(id);
    if (!other) return undefined;
    const words = describeTarget(other.target, other.unit, tr, benchmarks, items, new Set([...seen, id]));
    return { title: other.title, target: words, unset: other.target.kind === 'unset' };
  };
  return targetModule(target.kind).describe(target, { unit, tr, benchmarks, part, item });
}
