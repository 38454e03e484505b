// `qcc rules list --format json`: the pack's items as the stable qcc/rules@1 document.
import type { Bounds, Item, Pack, Target } from '../../model/index.js';
import { stableStringify } from '../stable-json.js';

/** A target as JSON, in the pack's own YAML shape (numbers as numbers). */
export function targetJson(target: Target): unknown {
  switch (target.kind) {
    case 'compare':
    case 'events':
      return { op: target.op, value: Number(target.value) };
    case 'between':
      return { between: [Number(target.min), Number(target.max)] };
    case 'benchmark':
      return { op: target.op, benchmark: target.benchmark };
    case 'trend':
      return { trend: target.trend, years: target.years };
    case 'rank':
      return { rank: { top: target.top, cohort: target.cohort } };
    case 'grade':
      return { in: target.in };
    case 'yes-no':
      return { equals: target.equals ? 'yes' : 'no' };
    case 'all':
      return { all: target.all.map(targetJson) };
    case 'unset':
      return { unset: target.note };
  }
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
  };
}

export function rulesJson(pack: Pack): string {
  return stableStringify({
    schema: 'qcc/rules@1',
    pack: { id: pack.id, version: pack.version, title: pack.title },
    items: pack.items.map(itemJson),
  });
}
