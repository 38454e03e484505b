// The veto state in words: which veto items were triggered (and where), and which cannot be judged for lack of data.
import type { Outcome, Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';

export interface VetoText {
  /** One line for the 一票否决 field; 无 when no veto item is triggered or undetermined. */
  text: string;
  triggered: boolean;
  undetermined: boolean;
}

/**
 * A triggered veto names the regions whose figure broke it (an incident in one county is the city's); a veto item
 * without data reads 缺数据，无法判定, never as if an incident had happened.
 */
export function vetoText(report: Report, tr: Translator): VetoText {
  const s = report.summary;
  const undeterminedIds = s.vetoUndetermined ?? [];
  const title = (id: string): string => report.outcomes.find((o) => o.item === id)?.title ?? '';
  const parts = [
    ...s.vetoFailed.map((id) =>
      tr.t('report.veto.triggered', {
        item: id,
        title: title(id),
        regions: report.outcomes
          .filter((o) => o.item === id && o.status === 'fail')
          .map((o) => o.region)
          .join(tr.t('report.districts.join')),
      }),
    ),
    ...undeterminedIds.map((id) => tr.t('report.veto.undetermined', { item: id, title: title(id) })),
  ];
  return {
    text: parts.length ? parts.join(tr.t('report.list.join')) : tr.t('report.summary.veto-none'),
    triggered: s.vetoFailed.length > 0,
    undetermined: undeterminedIds.length > 0,
  };
}

/** The note an outcome of a veto item carries in CI formats: what its status means for the verdict. */
export function vetoNote(o: Outcome, tr: Translator): string {
  if (!o.veto) return '';
  if (o.status === 'fail') return tr.t('report.veto-note');
  // A county's blank cell of a city-judged veto item is a missing county row, not an undetermined veto.
  if ((o.status === 'missing' || o.status === 'invalid') && o.pointsCarriedBy === undefined)
    return tr.t('report.veto-note.undetermined');
  return '';
}
