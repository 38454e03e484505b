// `qcc rules list` on a terminal: one row per item, grouped by area, CJK text aligned.
import { append } from '../../util/append.js';
import type { Pack } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { describeTarget, itemLookup } from '../../engine/targets/describe.js';
import { fitTable } from '../utils/fit-table.js';
import { shortConfidence } from '../utils/short-confidence.js';
import { phaseLines } from '../../wording/phase-text.js';

export function rulesTable(pack: Pack, tr: Translator): string {
  const head = [
    'rules.col.id',
    'rules.col.title',
    'rules.col.target',
    'rules.col.points',
    'rules.col.veto',
    'rules.col.lead',
    'rules.col.confidence',
  ] as const;
  const out: string[] = [
    `${pack.title}  ${pack.id}@${pack.version}  ${tr.t('rules.count', { items: pack.items.length })}`,
  ];
  // One phase a line: the table is held to 100 columns.
  if (pack.phases.length) {
    out.push(tr.t('rules.phases-heading'));
    append(
      out,
      phaseLines(pack.phases, tr).map((line) => `  ${line}`),
    );
  }
  for (const area of pack.areas) {
    const items = pack.items.filter((item) => item.area === area.id);
    if (!items.length) continue;
    const rows = items.map((item) => [
      item.id,
      item.partOf === undefined ? item.title : tr.t('rules.component', { title: item.title, parent: item.partOf }),
      describeTarget(item.target, item.measure.unit, tr, pack.benchmarks, itemLookup(pack.items)),
      String(item.points),
      item.veto ? tr.t('word.yes') : '',
      item.lead,
      shortConfidence(item.basis.confidence, tr),
    ]);
    out.push(
      '',
      tr.t('rules.area', { id: area.id, title: area.title }),
      fitTable(
        head.map((k) => tr.t(k)),
        rows,
        100,
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
