// The shared-string table of an xlsx: every text a sheet refers to by index (<c t="s"><v>3</v>).
import { xmlText } from './xml-text.js';
import { entryText, zipEntries, type ZipEntry } from './zip-entries.js';
import { XlsxFailure } from './xlsx-failure.js';
import { CELL_TEXT_LIMIT } from './cell-limits.js';

export async function readSharedStrings(path: string, entries?: Map<string, ZipEntry>): Promise<string[]> {
  const entry = (entries ?? (await zipEntries(path))).get('xl/sharedStrings.xml');
  if (!entry) return [];
  const xml = await entryText(path, entry);
  const out: string[] = [];
  // An empty <si/> first: the other pattern would run on to the next item's </si> and shift every index after it.
  for (const si of xml.matchAll(/<si\b[^>]*\/>|<si\b[^>]*>([\s\S]*?)<\/si>/g)) {
    const text = runText(si[1] ?? '');
    if (text.length > CELL_TEXT_LIMIT)
      throw new XlsxFailure('cell-too-large', { part: entry.name, index: out.length, characters: CELL_TEXT_LIMIT });
    out.push(text);
  }
  return out;
}

/** The text of a string item (<si>, or an inline <is>): its runs joined; phonetic guides (<rPh>) are not text. */
export function runText(body: string): string {
  const bare = body.includes('<rPh') ? body.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : body;
  let text = '';
  for (const t of bare.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) text += xmlText(t[1] ?? '');
  return text;
}
