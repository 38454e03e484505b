// `qcc rules list --format json`: the pack's items as the stable qcc/rules@1 document.
import type { Bounds, Item, Pack, Target } from '../../model/index.js';
import { targetModule } from '../../engine/targets/index.js';
import { stableStringify } from '../stable-json.js';

/** A target as JSON, in the pack's own YAML shape (numbers as numbers); each kind says how (src/engine/targets). */
export function targetJson(target: Target): unknown {
  return targetModule(target.kind).json(target, targetJson);
}

/** Bounds as JSON numbers, as the pack writes them; an open side is left out. */
function boundsJson(bounds: Bounds): Record<string, number> {
  const out: Record<string, number> = {};
  if (bounds.min !== undefined) out.min = Number(bounds.min);
  if (bounds.max !== undefined) out.max = Number(bounds.max);
  return out;
}

export function itemJson(item: Item): Record<string, unknown> {
  return {
    id: item.id,
    title: item.title,
    area: item.area,
    measure: {
      kind: item.measure.kind,
      unit: item.measure.unit ?? '',
      ...(item.measure.range ? { range: boundsJson(item.measure.range) } : {}),
      ...(item.measure.typical ? { typical: boundsJson(item.measure.typical) } : {}),
    },
    target: targetJson(item.target),
    points: item.points,
    veto: item.veto,
    scope: item.scope,
    lead: item.lead,
    support: item.support,
    basis: { doc: item.basis.doc, clause: item.basis.clause ?? '', confidence: item.basis.confidence },
    evidence: item.evidence,
    min_evidence: item.minEvidence,
    ...(item.partOf !== undefined ? { part_of: item.partOf } : {}),
  };
}

export function rulesJson(pack: Pack): string {
  return stableStringify({
    schema: 'qcc/rules@1',
    pack: { id: pack.id, version: pack.version, title: pack.title },
    items: pack.items.map(itemJson),
  });
}
