// Which reader a file needs, from its name and its first bytes (a renamed .xls is still an .xls).
import { extname } from 'node:path';

export type FileKind = 'xlsx' | 'csv' | 'unsupported';

const XLSX_EXT = new Set(['.xlsx', '.xlsm']);
const CSV_EXT = new Set(['.csv', '.tsv', '.txt']);
/** Spreadsheet formats people submit that qcc cannot read: the message says to save as .xlsx. */
export const OTHER_SPREADSHEET_EXT = new Set(['.xls', '.et', '.ett', '.ods', '.numbers', '.wps', '.xlsb']);

export function kindByName(file: string): FileKind {
  const ext = extname(file).toLowerCase();
  if (XLSX_EXT.has(ext)) return 'xlsx';
  if (CSV_EXT.has(ext)) return 'csv';
  return 'unsupported';
}

/** The old binary Excel/WPS format (OLE2 compound file), whatever the file is called. */
export function isOle2(head: Uint8Array): boolean {
  return head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}

export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** Files a folder argument expands to: data files and the formats that get a "save as .xlsx" problem. */
export function isDataFileName(name: string): boolean {
  if (name.startsWith('~$') || name.startsWith('.')) return false; // Excel/WPS lock files, hidden files
  const ext = extname(name).toLowerCase();
  return XLSX_EXT.has(ext) || ext === '.csv' || ext === '.tsv' || OTHER_SPREADSHEET_EXT.has(ext);
}
