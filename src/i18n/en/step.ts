// English texts of the computation steps `explain` and the JSON report show: keys step.*.
import type { step as zh } from '../zh/step.js';

export const step: Record<keyof typeof zh, string> = {
  'step.override': 'the profile changes this item: {changes} (reason: {reason})',
  'step.override.target': 'target {target}',
  'step.override.points': 'points {points}',
  'step.not-applicable': 'the profile marks it not applicable: {reason}; its points leave the maximum',
  'step.waived': `the profile waives it (approved by {approver}, until {expires}, reason: {reason}); counted as earned,\
 "{status}" without the waiver`,
  'step.waiver-expired': 'the waiver expired on {expires}; evaluated on the data',
  'step.record': '{year} value: {raw} (read as {value}{unit})',
  'step.record-missing': 'no data for {year}',
  'step.record-empty': 'the {year} value is blank',
  'step.record-placeholder': 'the {year} cell holds the placeholder "{value}", read as not reported',
  'step.record-invalid': 'the {year} value "{raw}" cannot be read: {reason}',
  'step.compare': '{value}{unit} {op} {target}{unit}: {result}',
  'step.between': '{min}{unit} ≤ {value}{unit} ≤ {max}{unit}: {result}',
  'step.benchmark-value': '{year} benchmark "{benchmark}" is {value}{unit} (source: {source})',
  'step.benchmark-missing': 'no {year} value of the benchmark "{benchmark}"',
  'step.trend-series': 'last {years} {years|year|years}: {series}',
  'step.trend-point': '{year}: {value}',
  'step.trend-pair': '{from}→{to}: {a} → {b}, {change}: {result}',
  'step.trend.up': 'up {amount}',
  'step.trend.down': 'down {amount}',
  'step.trend.flat': 'unchanged',
  'step.rank': 'ranked {value}, top {top} required: {result}',
  'step.grade': 'grade {value}, {grades} required: {result}',
  'step.yes-no': 'reported "{value}", "{expected}" required: {result}',
  'step.all': 'all {count} {count|requirement|requirements} must hold:',
  'step.all-part': '({n}) {step}',
  'step.unset': 'the pack gives no target and the profile sets none: {note}',
  'step.evidence': 'evidence: {listed} listed, at least {required} required: {result}',
  'step.evidence-unverified': 'evidence files not verified (no --evidence-dir)',
  'step.evidence-verified': 'evidence files checked in {dir}: {result}',
  'step.evidence-files-missing': 'missing {files}',
  'step.result.yes': 'met',
  'step.result.no': 'not met',
  'step.points': '{points} {points|point|points}; earned {earned}',
  'step.veto-carried': `the veto is judged on the city-wide figure ({city}); an incident reported here triggers it, a \
blank here is listed as a district without data`,
  'step.unscored-carried': "the item is not scored; the city-wide figure ({city}) and this region's are counted only",
  'step.points-carried': `the item's {total} {total|point goes|points go} by the city-wide figure ({city}); this \
region's figure is its share of the task, counted but not scored on its own`,
  'step.points-shared': `the item's {total} {total|point is|points are} shared by {regions} {regions|region|regions}, \
{points} here; earned {earned}`,
};
