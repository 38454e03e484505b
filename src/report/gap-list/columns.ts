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
  /** Characters, as Excel counts them (a CJK character is about 2); never 9, which exceljs drops as its default. */
  width: number;
  /** Typed by people and carried over to the next list; the others are rewritten from the report every time. */
  human: boolean;
  /** Printed: inside the print area that is fitted to the page width. */
  core: boolean;
}

/**
 * The core columns come first, in the order a printed page reads them, and are the print area: eleven columns fitted
 * to A4 landscape print at about 9.5 pt, where all 21 printed at about 5. Their widths are what the sum allows.
 */
export const COLUMNS: readonly ColumnDef[] = [
  { key: 'item', width: 8, human: false, core: true },
  { key: 'title', width: 20, human: false, core: true },
  { key: 'region', width: 7, human: false, core: true },
  { key: 'value', width: 13, human: false, core: true },
  { key: 'target', width: 17, human: false, core: true },
  { key: 'gap', width: 16, human: false, core: true },
  { key: 'uplift', width: 6, human: false, core: true },
  { key: 'lead', width: 12, human: false, core: true },
  { key: 'measures', width: 25, human: true, core: true },
  { key: 'deadline', width: 11, human: true, core: true },
  { key: 'progress', width: 8, human: true, core: true },
  { key: 'no', width: 6, human: false, core: false },
  { key: 'area', width: 16, human: false, core: false },
  { key: 'type', width: 8, human: false, core: false },
  { key: 'status', width: 8, human: false, core: false },
  { key: 'priority', width: 7, human: false, core: false },
  { key: 'support', width: 16, human: false, core: false },
  { key: 'remedy', width: 32, human: false, core: false },
  { key: 'owner', width: 10, human: true, core: false },
  { key: 'evidence', width: 22, human: true, core: false },
  { key: 'note', width: 22, human: true, core: false },
];

/**
 * The order of the CSV and markdown lists: the one all lists had before the workbook put its printed columns first.
 * Kept, because tools read a CSV by position and nothing prints these.
 */
export const TEXT_ORDER: readonly ColumnKey[] = [
  'no',
  'area',
  'item',
  'title',
  'region',
  'type',
  'target',
  'value',
  'status',
  'gap',
  'uplift',
  'priority',
  'lead',
  'support',
  'remedy',
  'measures',
  'owner',
  'deadline',
  'progress',
  'evidence',
  'note',
];

/** How many columns, from the first, print: the core ones. */
export const CORE_COUNT = COLUMNS.filter((c) => c.core).length;

/** The 1-based column of a key on a list sheet. */
export function columnNumber(key: ColumnKey): number {
  return COLUMNS.findIndex((c) => c.key === key) + 1;
}

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
