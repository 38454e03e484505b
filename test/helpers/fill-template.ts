// Types a value into a qcc template the way Excel saves it: only the cell changes, the workbook's properties (qcc's mark) stay.
import ExcelJS from 'exceljs';
import { editZip } from '../../src/report/utils/mark-workbook.js';

/** The template with `value` typed into the 数值 cell of item × region (its first year row), as inline text. */
export async function fillOneValue(template: Uint8Array, item: string, region: string, value: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('指标数据')!;
  let row = 0;
  sheet.eachRow((r, n) => {
    if (!row && r.getCell(1).value === region && r.getCell(2).value === item) row = n;
  });
  if (!row) throw new Error(`no row for ${item} ${region}`);
  const index = wb.worksheets.indexOf(sheet) + 1;
  return editZip(template, {
    [`xl/worksheets/sheet${index}.xml`]: (xml) => {
      const cell = new RegExp(`<c r="E${row}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
      if (!xml || !cell.test(xml)) throw new Error(`no cell E${row}`);
      return xml.replace(cell, (_m, attrs: string) => `<c r="E${row}"${attrs.replace(/\s*t="[^"]*"/, '')} t="inlineStr"><is><t>${value}</t></is></c>`);
    },
  });
}
