// Takes one year's record, already typed by wording/read-value.ts, as a number, yes/no or grade, or says why it cannot.
import type { DataRecord, RecordRef } from '../../model/index.js';
import type { TargetContext, TargetResult } from './types.js';
import { unitSuffix } from '../units.js';
import { formatLocation } from '../../util/format-location.js';

export type Read<T> =
  { ok: true; value: T; record: DataRecord; ref: RecordRef; step?: string } | { ok: false; result: TargetResult };

export function refOf(record: DataRecord, value?: RecordRef['value']): RecordRef {
  const ref: RecordRef = { year: record.year, raw: record.raw, location: record.location };
  if (value !== undefined) ref.value = value;
  return ref;
}

/** No record, a blank record, or an unreadable one: the result says which year and why. */
function notRead(ctx: TargetContext, year: number, record: DataRecord | undefined): TargetResult | undefined {
  const { tr } = ctx;
  if (!record) {
    const text = tr.t('gap.missing', { year });
    return {
      status: 'missing',
      gap: { text },
      reason: text,
      steps: [tr.t('step.record-missing', { year })],
      records: [],
    };
  }
  if (record.value.type === 'empty') {
    // A placeholder (—, /, 暂无) is named: the clerk looks for a cell holding it, not for an empty one.
    const typed = record.raw.trim();
    const text = typed ? tr.t('gap.placeholder', { year, value: typed }) : tr.t('gap.empty', { year });
    const step = typed ? tr.t('step.record-placeholder', { year, value: typed }) : tr.t('step.record-empty', { year });
    return { status: 'missing', gap: { text }, reason: text, steps: [step], records: [refOf(record)] };
  }
  if (record.value.type === 'invalid') return invalid(ctx, record, record.value.reason);
  if (record.conflicts?.length) {
    const others = record.conflicts
      .map((c) => tr.t('data.reason.conflict-other', { value: c.raw, location: formatLocation(c.location) }))
      .join(tr.t('word.list'));
    const text = tr.t('gap.conflict', { year, value: record.raw, location: formatLocation(record.location), others });
    return { status: 'invalid', gap: { text }, reason: text, steps: [text], records: [refOf(record)] };
  }
  return undefined;
}

/** `reason` is already words in the run's language (src/wording/read-value.ts), never a code. */
export function invalid(ctx: TargetContext, record: DataRecord, reason: string): TargetResult {
  const { tr } = ctx;
  const text = tr.t('gap.invalid', { year: record.year, reason });
  return {
    status: 'invalid',
    gap: { text },
    reason: text,
    steps: [tr.t('step.record-invalid', { year: record.year, raw: record.raw, reason })],
    records: [refOf(record)],
  };
}

function readStep(ctx: TargetContext, record: DataRecord, value: string): string {
  return ctx.tr.t('step.record', { year: record.year, raw: record.raw || value, value, unit: unitSuffix(ctx.unit) });
}

/** The year's value as an exact decimal. */
export function readNumber(ctx: TargetContext, year: number): Read<string> {
  const record = ctx.record(year);
  const failed = notRead(ctx, year, record);
  if (failed || !record) return { ok: false, result: failed as TargetResult };
  const v = record.value;
  const value = v.type === 'number' ? v.value : undefined;
  if (value === undefined)
    return {
      ok: false,
      result: invalid(
        ctx,
        record,
        ctx.tr.t('gap.not-a-number', { raw: record.raw || String('value' in v ? v.value : '') }),
      ),
    };
  return { ok: true, value, record, ref: refOf(record, value), step: readStep(ctx, record, value) };
}

export function readYesNo(ctx: TargetContext, year: number): Read<boolean> {
  const record = ctx.record(year);
  const failed = notRead(ctx, year, record);
  if (failed || !record) return { ok: false, result: failed as TargetResult };
  const v = record.value;
  const value = v.type === 'boolean' ? v.value : undefined;
  if (value === undefined)
    return { ok: false, result: invalid(ctx, record, ctx.tr.t('gap.not-yes-no', { raw: record.raw })) };
  return { ok: true, value, record, ref: refOf(record, value) };
}

export function readGrade(ctx: TargetContext, year: number): Read<string> {
  const record = ctx.record(year);
  const failed = notRead(ctx, year, record);
  if (failed || !record) return { ok: false, result: failed as TargetResult };
  const v = record.value;
  const value = v.type === 'text' ? v.value : undefined;
  if (!value) return { ok: false, result: invalid(ctx, record, ctx.tr.t('gap.not-a-grade', { raw: record.raw })) };
  return { ok: true, value, record, ref: refOf(record, value) };
}

export function resultWord(ctx: TargetContext, ok: boolean): string {
  return ctx.tr.t(ok ? 'step.result.yes' : 'step.result.no');
}
