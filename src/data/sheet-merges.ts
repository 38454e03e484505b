// Merged ranges of every sheet of an xlsx, read from the zip by streaming: exceljs's streaming reader drops them.
import { StringDecoder } from 'node:string_decoder';
import { entryStream } from './zip-entries.js';
import { readWorkbookSheets } from './workbook-sheets.js';
import { columnNumber } from '../util/column-letters.js';

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(ref: string): MergeRange | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return undefined;
  return { left: columnNumber(m[1] ?? ''), top: Number(m[2]), right: columnNumber(m[3] ?? ''), bottom: Number(m[4]) };
}

/** Sheet name → merged ranges. The merge list sits after the rows in the sheet XML, so each sheet is scanned once. */
export async function readSheetMerges(path: string): Promise<Map<string, MergeRange[]>> {
  const { sheets } = await readWorkbookSheets(path);
  const result = new Map<string, MergeRange[]>();
  for (const sheet of sheets) result.set(sheet.name, await scanMerges(await entryStream(path, sheet.entry)));
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
