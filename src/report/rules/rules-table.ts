// `qcc rules list` on a terminal: one row per item, grouped by area, CJK text aligned.
import Table from 'cli-table3';
import type { Pack } from '../../model/index.js';
import type { MessageKey, Translator } from '../../i18n/index.js';
import { describeTarget } from '../../util/describe-target.js';

export function rulesTable(pack: Pack, tr: Translator): string {
  const head = ['rules.col.id', 'rules.col.title', 'rules.col.target', 'rules.col.points', 'rules.col.veto', 'rules.col.lead', 'rules.col.confidence'] as const;
  const out: string[] = [`${pack.title}  ${pack.id}@${pack.version}  ${tr.t('rules.count', { items: pack.items.length })}`];
  for (const area of pack.areas) {
    const items = pack.items.filter((item) => item.area === area.id);
    if (!items.length) continue;
    const table = new Table({ head: head.map((k) => tr.t(k)), style: { head: [], border: [] }, wordWrap: true, colWidths: [8, 26, 22, 6, 6, 14, 12] });
    for (const item of items) {
      table.push([
        item.id,
        item.title,
        describeTarget(item.target, item.measure.unit, tr, pack.benchmarks),
        String(item.points),
        item.veto ? tr.t('word.yes') : '',
        item.lead,
        tr.t(`confidence.${item.basis.confidence}` as MessageKey).replace(/(.*?)[((].*/, '$1'),
      ]);
    }
    out.push('', tr.t('rules.area', { id: area.id, title: area.title }), table.toString());
  }
  return `${out.join('\n')}\n`;
}
