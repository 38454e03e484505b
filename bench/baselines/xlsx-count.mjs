// Baseline: what exceljs's streaming reader alone costs to read a workbook and count its rows.
import ExcelJS from 'exceljs';

let rows = 0;
const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {
  sharedStrings: 'cache',
  styles: 'cache',
  worksheets: 'emit',
  hyperlinks: 'ignore',
  entries: 'emit',
});
for await (const sheet of reader) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only counted
  for await (const _row of sheet) rows += 1;
}
process.stdout.write(`${rows}\n`);
