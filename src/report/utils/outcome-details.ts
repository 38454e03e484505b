// The lines that explain an outcome not met, after its gap, for formats that carry one message per item (GitHub
// annotations, SARIF results): veto, target, reported value, reason, and the sheet and cell.
import type { Outcome } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { formatLocation } from '../../util/format-location.js';
import { valueText } from './area-view.js';
import { outcomeLocation } from './outcome-location.js';
import { vetoNote } from './veto-text.js';

export function outcomeDetails(o: Outcome, tr: Translator): string[] {
  const where = outcomeLocation(o);
  return [
    vetoNote(o, tr),
    tr.t('report.target', { target: o.target.text }),
    valueText(o) ? tr.t('report.value', { value: valueText(o) }) : '',
    o.reason && o.reason !== o.gap?.text ? tr.t('report.reason', { reason: o.reason }) : '',
    // The sheet and cell: neither an annotation nor a SARIF region can point into a workbook.
    where ? tr.t('report.at', { location: formatLocation(where) }) : '',
  ].filter(Boolean);
}
