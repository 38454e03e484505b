// A cell's content as the text a person sees in Excel or WPS: kept as a record's raw value and used for headers.
import type { CellContent } from './cell-content.js';
import { excelDecimal, isPercentFormat, percentDecimal } from './excel-number.js';

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function cellText(content: CellContent): string {
  switch (content.kind) {
    case 'blank':
      return '';
    case 'text':
      return content.text.trim();
    case 'number':
      return isPercentFormat(content.numFmt) ? `${percentDecimal(content.value)}%` : excelDecimal(content.value);
    case 'boolean':
      return content.value ? 'TRUE' : 'FALSE';
    case 'date':
      return isoDate(content.date);
    case 'error':
      return content.error;
    case 'formula-no-result':
      return `=${content.formula}`;
  }
}
