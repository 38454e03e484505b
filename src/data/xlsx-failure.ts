// Why an xlsx could not be read, as data: read-data.ts turns it into a located, localised problem (never raw text).

/**
 * not-zip / broken-zip / broken-entry / compression: the zip itself; cut-off: a sheet's XML ends inside its rows;
 * not-xlsx: a zip (an ODS, any archive) without a workbook; too-large: a part over a size or ratio limit (a zip bomb);
 * cell-too-large: one cell over the cell limit; shared-string: a cell refers to a shared string that does not exist.
 */
export type XlsxFailureReason =
  | 'not-zip'
  | 'broken-zip'
  | 'broken-entry'
  | 'compression'
  | 'inflate'
  | 'cut-off'
  | 'not-xlsx'
  | 'ods'
  | 'too-large'
  | 'cell-too-large'
  | 'shared-string';

export interface XlsxFailureParams {
  /** The zip part (xl/worksheets/sheet1.xml) or the sheet name. */
  part?: string;
  /** A cell reference (E5) within the sheet. */
  cell?: string;
  /** The limit broken: a size in MB, a ratio of inflated to compressed size, or a number of characters. */
  megabytes?: number;
  ratio?: number;
  characters?: number;
  index?: number;
  count?: number;
}

export class XlsxFailure extends Error {
  constructor(
    readonly reason: XlsxFailureReason,
    readonly params: XlsxFailureParams = {},
    /** The library's own text, for --verbose only. */
    readonly libraryText?: string,
  ) {
    super(`xlsx ${reason}${params.part ? ` (${params.part})` : ''}`);
  }
}
