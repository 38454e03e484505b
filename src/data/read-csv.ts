// Reads a CSV file into one grid: decoded (see decode-text), delimiter detected, parsed by csv-parse's stream.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { CellContent, Grid, GridRow } from './grid.js';
import { decodeText } from './decode-text.js';

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter that splits the first lines most consistently into more than one field (quotes respected). */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, d));
    const fields = Math.max(0, ...counts);
    // A delimiter that appears on most lines wins over one that appears many times on a single line.
    const score = counts.filter((c) => c > 0).length * 1000 + fields;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let quoted = false;
  let n = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n += 1;
  }
  return n;
}

/** A number written the European way (1.234,5 or 85,125): what a semicolon CSV from such a locale holds. */
const DECIMAL_COMMA = /^(\s*[+-]?)(\d{1,3}(?:\.\d{3})+|\d+),(\d+)(\s*[%‰]?\s*)$/;

function content(text: string, decimalComma: boolean): CellContent {
  // CSV has no types: every field is text, read per measure like typed text in a cell.
  if (text.trim() === '') return { kind: 'blank' };
  // In a semicolon-separated file the comma is the decimal point (Excel in such locales saves it so): 85,125 is
  // 85.125, never 85125. In comma- or tab-separated files a comma inside a number stays a thousands separator.
  const m = decimalComma ? DECIMAL_COMMA.exec(text) : null;
  if (m) return { kind: 'text', text: `${m[1]}${(m[2] ?? '').replace(/\./g, '')}.${m[3]}${m[4]}` };
  return { kind: 'text', text };
}

export function readCsv(bytes: Uint8Array): Grid {
  const { text } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const parser = Readable.from([text]).pipe(
    parse({ delimiter, relax_column_count: true, relax_quotes: true, info: true, skip_empty_lines: true, bom: true }),
  );
  const rows = (async function* () {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells: GridRow['cells'] = new Map();
      record.record.forEach((field, i) => {
        const c = content(field, delimiter === ';');
        if (c.kind !== 'blank') cells.set(i + 1, c);
      });
      // info.lines is the line where the record ends; a field with a line break spans several lines.
      const start = record.info.lines - countBreaks(record.record);
      if (cells.size) yield { row: start, cells };
    }
  })();
  return { hidden: false, rows };
}

function countBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) n += (f.match(/\r\n|\n|\r/g) ?? []).length;
  return n;
}
