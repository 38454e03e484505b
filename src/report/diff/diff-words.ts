// Shared wording of a diff for the text formats: signed changes, statuses, gap changes.
import type { Diff, DiffSide, OutcomeChange, Status, Verdict } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { absDecimal, compareDecimal } from '../../util/decimal.js';

/** "+1.92", "-0.5", "0". */
export function signed(change: string | undefined): string {
  if (change === undefined) return '';
  return compareDecimal(change, '0') > 0 ? `+${change}` : change;
}

export function statusWord(status: Status | undefined, tr: Translator): string {
  return status ? tr.t(`status.${status}`) : '—';
}

export function sideLabel(side: DiffSide, tr: Translator): string {
  return tr.t('diff.side', {
    city: side.region ?? side.city,
    year: side.year,
    pack: side.pack.id,
    version: side.pack.version,
  });
}

export function verdictWord(verdict: Verdict, tr: Translator): string {
  return tr.t(`verdict.${verdict}`);
}

/** "缩小 1.5" / "扩大 0.2" / "不变", or '' when a gap has no size. */
export function gapChangeWord(entry: OutcomeChange, tr: Translator): string {
  if (entry.gapChange === undefined) return '';
  const c = compareDecimal(entry.gapChange, '0');
  if (c === 0) return tr.t('diff.gap.same');
  return tr.t(c < 0 ? 'diff.gap.closer' : 'diff.gap.wider', { amount: absDecimal(entry.gapChange) });
}

/** The heading lines every text format starts with. */
export function headline(diff: Diff, tr: Translator): string[] {
  const lines = [
    tr.t('diff.title', { before: sideLabel(diff.before, tr), after: sideLabel(diff.after, tr) }),
    tr.t('diff.score', { before: diff.before.score, after: diff.after.score, change: signed(diff.scoreChange) }),
    tr.t('diff.grade', { before: diff.before.grade, after: diff.after.grade }),
    tr.t('diff.verdict', { before: verdictWord(diff.before.verdict, tr), after: verdictWord(diff.after.verdict, tr) }),
  ];
  if (!diff.comparable)
    lines.push(tr.t('diff.not-comparable', { before: sideLabel(diff.before, tr), after: sideLabel(diff.after, tr) }));
  return lines;
}

/** The three outcome lists as rows of cells, with their headings. */
export function outcomeSections(diff: Diff, tr: Translator): { title: string; head: string[]; rows: string[][] }[] {
  const base = (e: OutcomeChange) => [e.item, e.title, e.region];
  const head = [tr.t('gaps.col.item'), '', tr.t('diff.col.region'), tr.t('diff.col.status')];
  const headGap = [...head, tr.t('diff.col.gap-before'), tr.t('diff.col.gap-after'), tr.t('diff.col.gap-change')];
  head[1] = tr.t('gaps.col.title');
  headGap[1] = tr.t('gaps.col.title');
  const status = (e: OutcomeChange) => `${statusWord(e.before, tr)} → ${statusWord(e.after, tr)}`;
  return [
    {
      title: tr.t('diff.newly-met', { n: diff.newlyMet.length }),
      head,
      rows: diff.newlyMet.map((e) => [...base(e), status(e)]),
    },
    {
      title: tr.t('diff.newly-failing', { n: diff.newlyFailing.length }),
      head: [...head, tr.t('gaps.col.gap')],
      rows: diff.newlyFailing.map((e) => [...base(e), status(e), e.gapAfter?.text ?? '']),
    },
    {
      title: tr.t('diff.still-failing', { n: diff.stillFailing.length }),
      head: headGap,
      rows: diff.stillFailing.map((e) => [
        ...base(e),
        status(e),
        e.gapBefore?.text ?? '',
        e.gapAfter?.text ?? '',
        gapChangeWord(e, tr),
      ]),
    },
    {
      title: tr.t('diff.left-unmet', { n: diff.leftUnmet.length }),
      head: [...head, tr.t('diff.col.gap-before')],
      rows: diff.leftUnmet.map((e) => [
        ...base(e),
        e.after ? status(e) : `${statusWord(e.before, tr)} → ${tr.t('diff.not-checked')}`,
        e.gapBefore?.text ?? '',
      ]),
    },
  ];
}

export function areaRows(diff: Diff, tr: Translator): string[][] {
  return diff.areas.map((a) => [
    tr.t('report.area', { id: a.id, title: a.title }),
    a.before ? `${a.before.score} / ${a.before.total}` : '—',
    a.after ? `${a.after.score} / ${a.after.total}` : '—',
    signed(a.change),
  ]);
}
