// Where a problem or a record sits, in the coordinates a person sees: 1-based rows, lines and columns.

/**
 * A place the user can go to. Every number here is 1-based, as Excel, WPS and text editors show it;
 * no other module converts. For spreadsheets `cell` is the A1 address ("E17") and `row`/`column`
 * its parts; for CSV and YAML `line`/`column` are the editor's position.
 */
export interface Location {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  column?: number;
  line?: number;
  /** YAML path inside a rule or profile file, e.g. "items[3].target.op". */
  path?: string;
}
