// `qcc rules list --format markdown`: the readable table of all items (docs/rules.md is generated from it).
import { append } from '../../util/append.js';
import type { Pack } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { describeTarget, itemLookup } from '../../engine/targets/describe.js';
import { markdownTable } from '../utils/markdown-cell.js';
import { shortConfidence } from '../utils/short-confidence.js';
import { phaseLines } from '../../wording/phase-text.js';

export function rulesMarkdown(pack: Pack, tr: Translator): string {
  const lines = [
    `# ${pack.title}`,
    '',
    tr.t('rules.md.intro', { id: pack.id, version: pack.version, items: pack.items.length, total: pack.scoring.total }),
    '',
  ];
  if (pack.phases.length)
    lines.push(tr.t('rules.phases', { phases: phaseLines(pack.phases, tr).join(tr.t('word.semicolon')) }), '');
  if (pack.assignments?.note)
    lines.push(
      tr.t('rules.md.assignments', {
        confidence: shortConfidence(pack.assignments.confidence, tr),
        note: pack.assignments.note,
      }),
      '',
    );
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
  // The benchmarks: which are national, which the city enters from the province, and the years the pack gives.
  if (pack.benchmarks.length) {
    lines.push(`## ${tr.t('rules.md.benchmarks')}`, '');
    const benchHead = [
      'rules.col.benchmark',
      'rules.col.name',
      'rules.col.level',
      'rules.col.values',
      'rules.col.source',
    ] as const;
    const benchRows = pack.benchmarks.map((b) => {
      const years = Object.keys(b.values).sort();
      return [
        b.id,
        b.title,
        tr.t(`benchmark.level.${b.level}`),
        years.length
          ? years.map((year) => tr.t('benchmark.value', { year, value: b.values[year] ?? '' })).join(tr.t('word.list'))
          : tr.t('benchmark.no-values'),
        b.source ?? '',
      ];
    });
    append(
      lines,
      markdownTable(
        benchHead.map((k) => tr.t(k)),
        benchRows,
      ),
    );
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
