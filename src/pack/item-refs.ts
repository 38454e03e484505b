// Checks item references ({ item: "4.1.3" }) and components (part_of) against the items of a pack or profile.
import type { Item, Location, Problem, Target } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';
import { suggest } from '../util/suggest.js';
import { compareItemIds } from '../util/item-ids.js';

export type YamlPathParts = (string | number)[];

// Each reference names a component of the referring item; each component is read by its parent and scores nothing
// itself; no part_of chain comes back to itself.

/** The `{ item: … }` references in a target as written in YAML, with their paths below the target. */
export function itemRefsInYaml(target: unknown, path: YamlPathParts = []): { id: string; path: YamlPathParts }[] {
  if (target === null || typeof target !== 'object') return [];
  if (Array.isArray(target)) return target.flatMap((part, i) => itemRefsInYaml(part, [...path, i]));
  const refs: { id: string; path: YamlPathParts }[] = [];
  const t = target as Record<string, unknown>;
  if (typeof t.item === 'string') refs.push({ id: t.item, path: [...path, 'item'] });
  for (const [key, value] of Object.entries(t))
    if (Array.isArray(value)) itemRefsInYaml(value, [...path, key]).forEach((ref) => refs.push(ref));
  return refs;
}

/** The items a target of the model refers to. */
export function itemRefs(target: Target): string[] {
  if (target.kind === 'item') return [target.item];
  if (target.kind === 'all') return target.all.flatMap(itemRefs);
  if (target.kind === 'any') return target.any.flatMap(itemRefs);
  return [];
}

/** A reference from `owner`'s target to `id`: the item must exist and be a component (part_of) of `owner`. */
export function itemRefProblem(
  owner: string,
  id: string,
  items: ReadonlyMap<string, Item>,
  location: Location,
  tr: Translator,
): Problem | undefined {
  const item = items.get(id);
  if (!item) {
    const near = suggest(id, items.keys());
    const hint = near ? tr.t('hint.did-you-mean', { suggestion: near }) : undefined;
    return makeProblem(tr, 'target-item-unknown', 'error', location, { item: id }, hint);
  }
  if (item.partOf !== owner) return makeProblem(tr, 'target-item-not-part', 'error', location, { item: id, id: owner });
  return undefined;
}

/**
 * Each component: its parent exists and is not reached again by following part_of, the parent's target reads it, and
 * it has no points or veto of its own (it has no outcome to carry them). `at` locates a key of an item.
 */
export function componentProblems(
  items: ReadonlyMap<string, Item>,
  at: (item: Item, key: string) => Location,
  tr: Translator,
): Problem[] {
  const problems: Problem[] = [];
  for (const item of items.values()) {
    const parentId = item.partOf;
    if (parentId === undefined) continue;
    const parent = items.get(parentId);
    if (!parent) {
      problems.push(makeProblem(tr, 'part-of-unknown', 'error', at(item, 'part_of'), { parent: parentId }));
      continue;
    }
    const chain = [item.id];
    for (let next: Item | undefined = parent; next; next = next.partOf ? items.get(next.partOf) : undefined) {
      chain.push(next.id);
      if (next.id === item.id) break;
      if (chain.length > items.size + 1) break;
    }
    if (chain.at(-1) === item.id) {
      // One problem per circle, at its first item, rather than one at every item on it.
      const first = [...chain].sort(compareItemIds)[0];
      if (first === item.id)
        problems.push(makeProblem(tr, 'part-of-cycle', 'error', at(item, 'part_of'), { chain: chain.join(' → ') }));
      continue;
    }
    if (!itemRefs(parent.target).includes(item.id))
      problems.push(makeProblem(tr, 'part-of-unread', 'error', at(item, 'part_of'), { id: item.id, parent: parentId }));
    // The parent reads the component for each region it judges: a county figure the template never asks for would
    // leave that route missing for every county.
    if (item.scope !== parent.scope)
      problems.push(
        makeProblem(tr, 'part-of-scope', 'error', at(item, 'scope'), {
          id: item.id,
          parent: parentId,
          scope: item.scope,
          parentScope: parent.scope,
        }),
      );
    const what = [...(item.points !== 0 ? [`points: ${item.points}`] : []), ...(item.veto ? ['veto: true'] : [])];
    if (what.length)
      problems.push(
        makeProblem(tr, 'part-of-scored', 'error', at(item, item.points !== 0 ? 'points' : 'veto'), {
          id: item.id,
          parent: parentId,
          what: what.join(tr.t('word.comma')),
        }),
      );
  }
  return problems;
}
