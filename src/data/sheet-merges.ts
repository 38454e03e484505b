// Merged ranges of every sheet of an xlsx, read from the zip by streaming: exceljs's streaming reader drops them.
import { StringDecoder } from 'node:string_decoder';
import { entryStream, entryText, zipEntries } from './zip-entries.js';
import { columnNumber } from './grid.js';

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const decodeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function parseRange(ref: string): MergeRange | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return undefined;
  return { left: columnNumber(m[1] ?? ''), top: Number(m[2]), right: columnNumber(m[3] ?? ''), bottom: Number(m[4]) };
}

/** Sheet name → merged ranges. The merge list sits after the rows in the sheet XML, so each sheet is scanned once. */
export async function readSheetMerges(path: string): Promise<Map<string, MergeRange[]>> {
  const entries = await zipEntries(path);
  const workbook = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  const result = new Map<string, MergeRange[]>();
  if (!workbook || !rels) return result;
  const targets = new Map<string, string>();
  for (const m of (await entryText(path, rels)).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) {
      const clean = target.replace(/^\//, '');
      targets.set(id, clean.startsWith('xl/') ? clean : `xl/${clean}`);
    }
  }
  for (const m of (await entryText(path, workbook)).matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const entry = rid ? entries.get(targets.get(rid) ?? '') : undefined;
    if (name === undefined || !entry) continue;
    result.set(decodeXml(name), await scanMerges(await entryStream(path, entry)));
  }
  return result;
}

async function scanMerges(stream: AsyncIterable<unknown>): Promise<MergeRange[]> {
  const merges: MergeRange[] = [];
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of stream) {
    const text = carry + decoder.write(chunk as Buffer);
    let last = 0;
    for (const m of text.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"[^>]*>/g)) {
      const range = parseRange(m[1] ?? '');
      if (range) merges.push(range);
      last = (m.index ?? 0) + m[0].length;
    }
    // Keep an unfinished tag for the next chunk (the decoder already keeps a cut multi-byte character).
    const open = text.lastIndexOf('<');
    carry = open >= last ? text.slice(open) : '';
    if (carry.length > 4096) carry = '';
  }
  return merges;
}
