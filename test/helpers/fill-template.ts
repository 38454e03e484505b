// Types into a qcc template the way Excel saves it: only the cell changes, the workbook's properties (qcc's mark) stay.
import ExcelJS from 'exceljs';
import { editZip } from '../../src/report/utils/mark-workbook.js';

/**
 * The workbook with `value` typed into one cell (inline text, or a number) of the first row of `sheet` `match` picks.
 */
export async function typeInto(
  bytes: Uint8Array,
  sheet: string,
  match: (cells: unknown[]) => boolean,
  column: string,
  value: string | number,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  let row = 0;
  ws.eachRow((r, n) => {
    if (!row && n > 1 && match((r.values as unknown[]).slice(1))) row = n;
  });
  if (!row) throw new Error(`no matching row in ${sheet}`);
  const index = wb.worksheets.indexOf(ws) + 1;
  const content = typeof value === 'number' ? `><v>${value}</v></c>` : ` t="inlineStr"><is><t>${value}</t></is></c>`;
  return editZip(bytes, {
    [`xl/worksheets/sheet${index}.xml`]: (xml) => {
      const cell = new RegExp(`<c r="${column}${row}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
      if (!xml || !cell.test(xml)) throw new Error(`no cell ${column}${row}`);
      return xml.replace(
        cell,
        (_m, attrs: string) => `<c r="${column}${row}"${attrs.replace(/\s*t="[^"]*"/, '')}${content}`,
      );
    },
  });
}

/** The template with `value` typed into the 数值 cell of item × region (its first year row). */
export function fillOneValue(template: Uint8Array, item: string, region: string, value: string): Promise<Uint8Array> {
  return typeInto(template, '指标数据', (cells) => cells[0] === region && cells[1] === item, 'E', value);
}
