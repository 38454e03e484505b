// `qcc explain ITEM` as text: the rule and its basis, then per region the records, the computation, outcome and gap.
import type { Pack, Report } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { describeTarget, itemLookup } from '../engine/targets/describe.js';
import { formatLocation } from '../util/format-location.js';
import { leadText } from './utils/lead-text.js';
import type { Formatters } from './formatter.js';
import { benchmarkFacts } from './benchmark-facts.js';

/**
 * The pack parts the text needs beyond the report: the item's definition and the basis documents; with departments
 * and assignments, the lead says how sure the pack is of it and its pack name under a local one.
 */
export type ExplainPack = Pick<Pack, 'items' | 'basis' | 'benchmarks'> &
  Partial<Pick<Pack, 'departments' | 'assignments'>>;

export function explainText(report: Report, itemId: string, tr: Translator, pack: ExplainPack): string {
  const item = pack.items.find((i) => i.id === itemId);
  const outcomes = report.outcomes.filter((o) => o.item === itemId);
  const first = outcomes[0];
  const lines: string[] = [`${itemId} ${item?.title ?? first?.title ?? ''}`.trimEnd()];

  if (item) {
    const doc = pack.basis.find((d) => d.id === item.basis.doc);
    const basis = [doc ? [doc.number, doc.title].filter(Boolean).join(' ') : item.basis.doc, item.basis.clause ?? '']
      .filter(Boolean)
      .join(' ');
    // The target as evaluated (a profile override shows here); the pack's own target when nothing was evaluated.
    lines.push(
      tr.t('explain.target', {
        target:
          first?.target.text ??
          describeTarget(item.target, item.measure.unit, tr, pack.benchmarks, itemLookup(pack.items)),
      }),
    );
    for (const b of benchmarkFacts(item.target, pack.benchmarks, tr)) {
      lines.push(tr.t('explain.benchmark', { benchmark: b.head }));
      if (b.source) lines.push(tr.t('explain.benchmark-source', { source: b.source }));
      lines.push(tr.t('explain.benchmark-values', { values: b.values }));
      if (b.note) lines.push(`    ${b.note}`);
    }
    lines.push(tr.t('explain.points', { points: item.points, veto: item.veto ? tr.t('explain.veto') : '' }));
    lines.push(tr.t('explain.scope', { scope: tr.t(`item.scope.${item.scope}`) }));
    lines.push(tr.t('explain.lead', { lead: leadText(pack, item.lead, tr) }));
    if (item.support.length) lines.push(tr.t('explain.support', { support: item.support.join(tr.t('word.list')) }));
    lines.push(tr.t('explain.basis', { basis, confidence: tr.t(`item.confidence.${item.basis.confidence}`) }));
    if (item.basis.note) lines.push(`  ${item.basis.note}`);
    if (item.remedy) lines.push(tr.t('explain.remedy', { remedy: item.remedy }));
  }

  if (!outcomes.length) {
    const parent = item?.partOf;
    lines.push(
      '',
      parent === undefined
        ? tr.t('explain.no-outcome', { item: itemId })
        : tr.t('explain.component', { item: itemId, parent }),
    );
    return `${lines.join('\n')}\n`;
  }

  for (const o of outcomes) {
    lines.push('', tr.t('explain.outcome', { region: o.region, year: o.year, status: tr.t(`status.${o.status}`) }));
    lines.push(tr.t('explain.records'));
    if (o.records.length) {
      for (const r of o.records) {
        const shown = { year: r.year, raw: r.raw || '—', location: formatLocation(r.location) };
        // A component's record read through an item reference says whose it is.
        lines.push(
          r.item === undefined ? tr.t('explain.record', shown) : tr.t('explain.record-of', { ...shown, item: r.item }),
        );
      }
    } else lines.push(tr.t('explain.no-records'));
    lines.push(tr.t('explain.steps'));
    o.steps.forEach((step, i) => lines.push(tr.t('explain.step', { n: i + 1, step })));
    if (o.gap) {
      const uplift = o.uplift > 0 ? `${tr.t('word.semicolon')}${tr.t('explain.uplift', { uplift: o.uplift })}` : '';
      lines.push(tr.t('explain.gap', { gap: `${o.gap.text}${uplift}` }));
    }
    if (o.reason && o.status !== 'missing' && o.status !== 'invalid')
      lines.push(tr.t('explain.reason', { reason: o.reason }));
  }
  return `${lines.join('\n')}\n`;
}

/** What `qcc explain` shows: one item of a report, with the pack it was judged by. */
export interface ExplainModel {
  report: Report;
  item: string;
  pack: ExplainPack;
}

// One format: text for a person. The item's problems are printed on stderr by the CLI.
export const explainFormatters = {
  text: {
    carriesProblems: false,
    binary: false,
    extensions: ['txt'],
    format: ({ report, item, pack }, { tr }) => explainText(report, item, tr, pack),
  },
} as const satisfies Formatters<ExplainModel>;
