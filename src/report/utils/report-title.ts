// The report's title: the city and year, and the region when --region narrowed the check to one county.
import type { Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';

export function reportTitle(report: Report, tr: Translator): string {
  const { city } = report.profile;
  return report.region && report.region !== city
    ? tr.t('report.title.region', { city, region: report.region, year: report.year })
    : tr.t('report.title', { city, year: report.year });
}
