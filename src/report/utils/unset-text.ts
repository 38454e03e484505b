// The items whose target the city has not set, in words for the summary: they earn nothing and are not failures.
import type { Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';

/**
 * One sentence naming the items whose target is still unset, or undefined when there are none. Their outcomes count
 * as 缺数据: without this a reader of the summary takes them for missing figures or, worse, for failures.
 */
export function unsetText(report: Report, tr: Translator): string | undefined {
  const ids = [
    ...new Set(report.outcomes.filter((o) => o.target.kind === 'unset' && o.status === 'missing').map((o) => o.item)),
  ];
  if (!ids.length) return undefined;
  return tr.t('report.summary.unset-text', { count: ids.length, items: ids.join(tr.t('report.districts.join')) });
}
