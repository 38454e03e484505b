// The sheets of an xlsx as its workbook.xml lists them (name, hidden state, zip entry), read from the zip directly.
import { entryText, zipEntries, type ZipEntry } from './zip-entries.js';

export interface WorkbookSheet {
  name: string;
  state?: string;
  entry: ZipEntry;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  /** Dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
  entries: Map<string, ZipEntry>;
}

export const decodeXmlAttribute = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Sheets in workbook order; a sheet whose part is missing from the zip is left out. */
export async function readWorkbookSheets(path: string, known?: Map<string, ZipEntry>): Promise<WorkbookInfo> {
  const entries = known ?? (await zipEntries(path));
  const workbook = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return { sheets: [], date1904: false, entries };
  const targets = new Map<string, string>();
  for (const m of (await entryText(path, rels)).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) {
      const clean = target.replace(/^\//, '');
      targets.set(id, clean.startsWith('xl/') ? clean : `xl/${clean}`);
    }
  }
  const xml = await entryText(path, workbook);
  const sheets: WorkbookSheet[] = [];
  for (const m of xml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const state = /\bstate="([^"]*)"/.exec(m[0])?.[1];
    const entry = rid ? entries.get(targets.get(rid) ?? '') : undefined;
    if (name === undefined || !entry) continue;
    sheets.push({ name: decodeXmlAttribute(name), entry, ...(state ? { state } : {}) });
  }
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(xml);
  return { sheets, date1904, entries };
}
