// `qcc rules show ITEM`: everything about one item, as a label: value block.
import type { Item, NotApplicable, Override, Pack } from '../../model/index.js';
import type { PlainKey, Translator } from '../../i18n/index.js';
import { describeTarget, itemLookup } from '../../engine/targets/describe.js';
import { leadText } from '../utils/lead-text.js';
import { rangeText, validRange } from '../../wording/value-range.js';
import { benchmarkFacts } from '../benchmark-facts.js';

/** What the city's profile says of the item: shown, and applied to target and points, as check applies it. */
export interface LocalSettings {
  override?: Override;
  notApplicable?: NotApplicable;
  /** Every override of the profile: an item reference is described with the referenced item's target as held. */
  overrides?: Readonly<Record<string, Override>>;
}

/** The valid range the data reader holds values to, saying when it is the pack's own rather than the kind's default. */
function rangeOf(item: Item, tr: Translator): string | undefined {
  const range = validRange(item.measure);
  if (!range) return undefined;
  return rangeText(range, item.measure.unit, tr) + (item.measure.range ? '' : tr.t('rules.show.range-default'));
}

export function rulesShow(pack: Pack, packItem: Item, tr: Translator, local: LocalSettings = {}): string {
  const item: Item = {
    ...packItem,
    ...(local.override?.target ? { target: local.override.target } : {}),
    ...(local.override?.points !== undefined ? { points: local.override.points } : {}),
  };
  const doc = pack.basis.find((b) => b.id === item.basis.doc);
  const area = pack.areas.find((a) => a.id === item.area);
  const basis = [doc ? [doc.number, `《${doc.title}》`].filter(Boolean).join(' ') : item.basis.doc, item.basis.clause]
    .filter(Boolean)
    .join(' ');
  const unit = item.measure.unit ? tr.t('rules.show.unit', { unit: item.measure.unit }) : '';
  // Every benchmark the target compares against: where its values come from and which years the pack gives.
  const benchmarkRows: [PlainKey, string | undefined][] = [];
  for (const b of benchmarkFacts(item.target, pack.benchmarks, tr)) {
    benchmarkRows.push(['rules.show.benchmark', b.head]);
    benchmarkRows.push(['rules.show.benchmark-source', b.source]);
    benchmarkRows.push(['rules.show.benchmark-values', b.values]);
    benchmarkRows.push(['rules.show.benchmark-note', b.note]);
  }
  const items = itemLookup(pack.items, local.overrides);
  const rows: [PlainKey, string | undefined][] = [
    ['rules.show.area', area ? tr.t('rules.area', { id: area.id, title: area.title }) : item.area],
    ['rules.show.measure', tr.t(`item.measure.${item.measure.kind}`) + unit],
    ['rules.show.range', rangeOf(item, tr)],
    ['rules.show.typical', item.measure.typical ? rangeText(item.measure.typical, item.measure.unit, tr) : undefined],
    ['rules.show.target', describeTarget(item.target, item.measure.unit, tr, pack.benchmarks, items)],
    ...benchmarkRows,
    [
      'rules.show.part-of',
      item.partOf === undefined ? undefined : tr.t('rules.show.part-of-text', { parent: item.partOf }),
    ],
    ['rules.show.points', String(item.points)],
    ['rules.show.veto', item.veto ? tr.t('word.yes') : tr.t('word.no')],
    ['rules.show.scope', tr.t(`item.scope.${item.scope}`)],
    ['rules.show.lead', leadText(pack, item.lead, tr)],
    ['rules.show.support', item.support.join('、') || tr.t('word.none')],
    ['rules.show.assignments', pack.assignments?.note],
    ['rules.show.basis', basis],
    ['rules.show.confidence', tr.t(`item.confidence.${item.basis.confidence}`)],
    ['rules.show.note', item.basis.note],
    [
      'rules.show.evidence',
      item.evidence.length
        ? item.evidence.join('、') + (item.minEvidence ? tr.t('rules.show.min-evidence', { n: item.minEvidence }) : '')
        : undefined,
    ],
    ['rules.show.description', item.description],
    ['rules.show.remedy', item.remedy],
    [
      'rules.show.local',
      local.override
        ? tr.t('rules.show.local-override', {
            reason: local.override.reason,
            pack: describeTarget(packItem.target, packItem.measure.unit, tr, pack.benchmarks, itemLookup(pack.items)),
            points: packItem.points,
          })
        : undefined,
    ],
    [
      'rules.show.local',
      local.notApplicable ? tr.t('rules.show.local-na', { reason: local.notApplicable.reason }) : undefined,
    ],
    ['rules.show.defined', `${item.location.file}:${item.location.line ?? 1}`],
  ];
  const lines = [`${item.id}  ${item.title}`, ''];
  for (const [key, value] of rows) if (value) lines.push(`  ${tr.t(key)}${value}`);
  return `${lines.join('\n')}\n`;
}
