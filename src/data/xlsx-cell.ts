// An exceljs cell (full load or streaming) as neutral CellContent: values, formula results, errors, number formats.
import type { CellContent } from './grid.js';

interface ExcelCellLike {
  value: unknown;
  /** exceljs's `cell.value` drops a formula result that is falsy (0, "", NaN); `cell.result` keeps it. */
  result?: unknown;
  numFmt?: string;
  style?: { numFmt?: string };
}

function fromValue(value: unknown, numFmt: string | undefined, result?: unknown): CellContent {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') {
    // The streaming reader turns a formula's cached error (#DIV/0!) into NaN and loses its name: still an error cell.
    if (Number.isNaN(value)) return { kind: 'error', error: '#ERROR' };
    return numFmt ? { kind: 'number', value, numFmt } : { kind: 'number', value };
  }
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'blank' } : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? { kind: 'error', error: '#ERROR' } : { kind: 'date', date: value };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.error === 'string') return { kind: 'error', error: v.error };
    if (Array.isArray(v.richText)) {
      const text = (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
      return text.trim() === '' ? { kind: 'blank' } : { kind: 'text', text };
    }
    if ('formula' in v || 'sharedFormula' in v) {
      const cached = result !== undefined ? result : v.result;
      if (cached === undefined || cached === null)
        return { kind: 'formula-no-result', formula: String(v.formula ?? v.sharedFormula ?? '') };
      return fromValue(cached, numFmt);
    }
    if (typeof v.text === 'string') return fromValue(v.text, numFmt);
  }
  return { kind: 'text', text: String(value) };
}

export function xlsxCellContent(cell: ExcelCellLike): CellContent {
  return fromValue(cell.value, cell.numFmt ?? cell.style?.numFmt, cell.result);
}
