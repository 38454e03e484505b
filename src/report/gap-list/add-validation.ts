// Adds a data validation to an exact cell range; exceljs has the method but its typings omit it.
import type { DataValidation, Worksheet } from 'exceljs';

interface WithValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

/** `range` is "E2:E40": never a whole column, which makes spreadsheet readers crawl. */
export function addValidation(ws: Worksheet, range: string, validation: DataValidation): void {
  (ws as unknown as WithValidations).dataValidations.add(range, validation);
}
