// The shared-string table of an xlsx, for the streaming path: exceljs's streaming reader hands out bare
// indexes ({sharedString: 3}) when a writer stores the sheet before the strings in the zip.
import { entryText, zipEntries } from './zip-entries.js';

const decodeXml = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export async function readSharedStrings(path: string): Promise<string[]> {
  const entries = await zipEntries(path);
  const entry = entries.get('xl/sharedStrings.xml');
  if (!entry) return [];
  const xml = await entryText(path, entry);
  const out: string[] = [];
  for (const si of xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)) {
    // Phonetic guides (<rPh>) are not part of the text; rich-text runs (<r><t>) are.
    const body = (si[1] ?? '').replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
    out.push([...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)].map((t) => decodeXml(t[1] ?? '')).join(''));
  }
  return out;
}
