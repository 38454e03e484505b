// The gap list's columns: order, widths, which qcc writes and which people write, and how headers are recognised.
import type { Translator } from '../../i18n/index.js';
import { translator } from '../../i18n/index.js';

export type ColumnKey =
  | 'no'
  | 'area'
  | 'item'
  | 'title'
  | 'region'
  | 'type'
  | 'target'
  | 'value'
  | 'status'
  | 'gap'
  | 'uplift'
  | 'priority'
  | 'lead'
  | 'support'
  | 'remedy'
  | 'measures'
  | 'owner'
  | 'deadline'
  | 'progress'
  | 'evidence'
  | 'note';

/** Columns qcc adds on the 已销号 and 未匹配 sheets only; never carried over. */
export type ExtraMachineKey = 'now-status' | 'reason' | 'origin';

/** A cell as a person may leave it: text, a number, a yes/no, or a date (UTC midnight). */
export type CellValue = string | number | boolean | Date;

export interface ColumnDef {
  key: ColumnKey;
  /** Characters, as Excel counts them (a CJK character is about 2). */
  width: number;
  /** Typed by people and carried over to the next list; the others are rewritten from the report every time. */
  human: boolean;
}

export const COLUMNS: readonly ColumnDef[] = [
  { key: 'no', width: 6, human: false },
  { key: 'area', width: 16, human: false },
  { key: 'item', width: 10, human: false },
  { key: 'title', width: 28, human: false },
  { key: 'region', width: 10, human: false },
  { key: 'type', width: 8, human: false },
  { key: 'target', width: 22, human: false },
  { key: 'value', width: 16, human: false },
  { key: 'status', width: 9, human: false },
  { key: 'gap', width: 20, human: false },
  { key: 'uplift', width: 8, human: false },
  { key: 'priority', width: 7, human: false },
  { key: 'lead', width: 14, human: false },
  { key: 'support', width: 16, human: false },
  { key: 'remedy', width: 32, human: false },
  { key: 'measures', width: 32, human: true },
  { key: 'owner', width: 10, human: true },
  { key: 'deadline', width: 12, human: true },
  { key: 'progress', width: 10, human: true },
  { key: 'evidence', width: 22, human: true },
  { key: 'note', width: 22, human: true },
];

export const HUMAN_KEYS: readonly ColumnKey[] = COLUMNS.filter((c) => c.human).map((c) => c.key);
export const EXTRA_MACHINE_KEYS: readonly ExtraMachineKey[] = ['now-status', 'reason', 'origin'];

export function headerText(key: ColumnKey | ExtraMachineKey, tr: Translator): string {
  return tr.t(`gaps.col.${key}`);
}

/** Header text as compared: no surrounding or inner spaces, half-width brackets, lower case. */
export function normaliseHeader(text: string): string {
  return text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

let known: Map<string, ColumnKey | ExtraMachineKey> | undefined;

/** What a header means, in either language; undefined for a column a person added. */
export function columnOfHeader(text: string): ColumnKey | ExtraMachineKey | undefined {
  if (!known) {
    known = new Map();
    for (const tr of [translator('zh'), translator('en')]) {
      for (const key of [...COLUMNS.map((c) => c.key), ...EXTRA_MACHINE_KEYS])
        known.set(normaliseHeader(headerText(key, tr)), key);
    }
  }
  return known.get(normaliseHeader(text));
}

/** The same text, number, flag or day, however the cell stored it. */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
