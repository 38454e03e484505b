// The shared sample report (fixtures/reports/sample-report.json) and a context per language, colour off.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../../src/model/index.js';
import { translator, type Lang } from '../../../src/i18n/index.js';
import type { FormatContext } from '../../../src/report/formatters/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../fixtures/reports/${name}`, import.meta.url));

/** A fresh copy each time, so a test that changes it cannot affect another. */
export function sampleReport(): Report {
  return JSON.parse(readFileSync(fixture('sample-report.json'), 'utf8')) as Report;
}

/** A small report whose pack and data are in English, for --lang en with English text throughout. */
export function sampleReportEn(): Report {
  return JSON.parse(readFileSync(fixture('sample-report-en.json'), 'utf8')) as Report;
}

export function context(lang: Lang = 'zh', extra: Partial<FormatContext> = {}): FormatContext {
  return { tr: translator(lang), color: false, ...extra };
}

/**
 * The sample with its veto item left blank: the engine then gives 待定 (undetermined) when the score reaches
 * the pass line, as here, and lists the item in vetoUndetermined rather than vetoFailed.
 */
export function sampleReportVetoBlank(): Report {
  const report = sampleReport();
  const veto = report.outcomes.find((o) => o.item === '4.1.2')!;
  Object.assign(veto, { status: 'missing', gap: { text: '未填报（2020 年）；否决项缺数据，无法判定' }, records: [] });
  delete veto.value;
  report.summary = {
    ...report.summary,
    score: 85,
    grade: 'B',
    verdict: 'undetermined',
    vetoFailed: [],
    vetoUndetermined: ['4.1.2'],
  };
  return report;
}
