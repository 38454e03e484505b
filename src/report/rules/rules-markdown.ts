// `qcc rules list --format markdown`: the readable table of all items (docs/rules.md is generated from it).
import { append } from '../../util/append.js';
import type { Pack } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { describeTarget, itemLookup } from '../../engine/targets/describe.js';
import { markdownTable } from '../utils/markdown-cell.js';

export function rulesMarkdown(pack: Pack, tr: Translator): string {
  const lines = [
    `# ${pack.title}`,
    '',
    tr.t('rules.md.intro', { id: pack.id, version: pack.version, items: pack.items.length, total: pack.scoring.total }),
    '',
  ];
  const head = [
    'rules.col.id',
    'rules.col.title',
    'rules.col.target',
    'rules.col.points',
    'rules.col.veto',
    'rules.col.lead',
    'rules.col.basis',
    'rules.col.confidence',
  ] as const;
  const docs = new Map(pack.basis.map((b) => [b.id, b.number ?? b.title]));
  for (const area of pack.areas) {
    const items = pack.items.filter((item) => item.area === area.id);
    if (!items.length) continue;
    const points = items.reduce((sum, item) => sum + item.points, 0);
    lines.push(
      `## ${tr.t('rules.area', { id: area.id, title: area.title })} (${tr.t('rules.points', { points })})`,
      '',
    );
    const rows = items.map((item) => [
      item.id,
      item.partOf === undefined ? item.title : tr.t('rules.component', { title: item.title, parent: item.partOf }),
      describeTarget(item.target, item.measure.unit, tr, pack.benchmarks, itemLookup(pack.items)),
      String(item.points),
      item.veto ? tr.t('word.yes') : '',
      item.lead,
      [docs.get(item.basis.doc) ?? item.basis.doc, item.basis.clause].filter(Boolean).join(' '),
      tr.t(`item.confidence.${item.basis.confidence}`),
    ]);
    append(
      lines,
      markdownTable(
        head.map((k) => tr.t(k)),
        rows,
        { keepLt: true },
      ),
    );
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
