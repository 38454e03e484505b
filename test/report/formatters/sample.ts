// The shared sample report (fixtures/reports/sample-report.json) and a context per language, colour off.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../../src/model/index.js';
import { translator, type Lang } from '../../../src/i18n/index.js';
import type { FormatContext } from '../../../src/report/formatters/index.js';

const samplePath = fileURLToPath(new URL('../../../fixtures/reports/sample-report.json', import.meta.url));

/** A fresh copy each time, so a test that changes it cannot affect another. */
export function sampleReport(): Report {
  return JSON.parse(readFileSync(samplePath, 'utf8')) as Report;
}

export function context(lang: Lang = 'zh', extra: Partial<FormatContext> = {}): FormatContext {
  return { tr: translator(lang), color: false, ...extra };
}
