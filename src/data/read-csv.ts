// Reads a CSV file into one grid, streamed: decoded as read (see decode-text), delimiter sniffed, split into records
// (see csv-records, which splits as csv-parse does).
import type { CellContent, Grid, GridRow } from './grid.js';
import { openByteSource } from './byte-source.js';
import { CsvRecords, UnclosedQuoteError } from './csv-records.js';
import { decoder, detectEncoding } from './decode-text.js';
import { FileReadError } from './file-error.js';

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

/** Bytes read per step: the file is streamed, never held whole. */
const CHUNK_BYTES = 64 * 1024;

/**
 * The longest record (one line, or the lines of a quoted field) read: 4 MiB, a hundred times Excel's 32 767 characters
 * in a cell. Past it the file is refused at that line, so a line that never ends (50 MB without a break, or a quote
 * opened and never closed) costs at most a few MB and a moment, not the file's size in memory.
 */
export const MAX_CSV_RECORD_BYTES = 4 * 1024 * 1024;

/**
 * The largest CSV file read: 128 MiB. A million rows of the template's columns are about 119 MiB; a file past the
 * limit is refused before a byte is read, since the rows it holds would not fit in the 500 MB qcc allows itself.
 */
export const MAX_CSV_FILE_BYTES = 128 * 1024 * 1024;

/**
 * The most rows (with content, the header included) read from one CSV file: 1 048 576, the most a sheet of Excel or
 * WPS holds, so no file a person edited is refused; a million rows of the template take about 410 MB, within the
 * 500 MB qcc allows itself.
 */
export const MAX_CSV_ROWS = 1_048_576;

const MB = 1024 * 1024;

/**
 * Reads a CSV file (a path, or bytes in memory) as one grid whose rows are parsed as they are consumed. Every line
 * break outside quotes ends a row, whichever of CRLF, LF or CR it is, so a file whose lines end in different ways
 * keeps every row. Rows are numbered by the line they start on, as a text editor counts lines.
 */
export function readCsv(source: string | Uint8Array, chunkBytes = CHUNK_BYTES): Grid {
  return { hidden: false, rows: csvRows(source, chunkBytes) };
}

async function* csvRows(source: string | Uint8Array, chunkBytes: number): AsyncGenerator<GridRow> {
  const bytes = await openByteSource(source);
  try {
    if (bytes.size > MAX_CSV_FILE_BYTES)
      throw new FileReadError('csv-file-too-large', {
        size: String(Math.ceil(bytes.size / MB)),
        limit: String(MAX_CSV_FILE_BYTES / MB),
      });
    const detected = await detectEncoding(bytes);
    const delimiter = detectDelimiter(completeLines(detected.head, detected.whole));
    const decimalComma = delimiter === ';';
    const decode = decoder(detected.encoding);
    const splitter = new CsvRecords(delimiter);
    // Rows of one chunk at a time: the consumer takes them before the chunk after next is read.
    const rows: GridRow[] = [];
    let line = 1;
    let count = 0;
    const take = (record: string[]): void => {
      const start = line;
      let cells: GridRow['cells'] | undefined;
      for (let i = 0; i < record.length; i += 1) {
        const field = record[i] as string;
        if (field.length === 0) continue;
        // A quoted field with line breaks spans several lines.
        line += countBreaks(field);
        const c = content(field, decimalComma);
        if (c.kind !== 'blank') (cells ??= new Map()).set(i + 1, c);
      }
      // Empty lines are records too, so every line is counted.
      line += 1;
      if (!cells) return;
      count += 1;
      if (count > MAX_CSV_ROWS)
        throw new FileReadError('csv-too-many-rows', { line: String(start), limit: String(MAX_CSV_ROWS) }, start);
      rows.push({ row: start, cells });
    };
    // `line` is where the record the splitter keeps back starts: the place a too long or unclosed record is named by.
    const tooLong = (): FileReadError =>
      new FileReadError('csv-record-too-long', { line: String(line), limit: String(MAX_CSV_RECORD_BYTES / MB) }, line);
    for (let at = detected.skip; ;) {
      if (splitter.pending > MAX_CSV_RECORD_BYTES) throw tooLong();
      // A record longer than a chunk (a long quoted text) is read in larger steps, not re-split chunk after chunk.
      const chunk = await bytes.read(at, Math.max(chunkBytes, splitter.pending));
      if (chunk.length === 0) break;
      at += chunk.length;
      // The previous chunk's rows go once more of the file is known to exist: a file of one chunk whose quote is
      // never closed gives its error before any row, as when the file was parsed in one piece.
      yield* rows;
      rows.length = 0;
      splitter.push(decode.write(chunk), false, take);
    }
    if (splitter.pending > MAX_CSV_RECORD_BYTES) throw tooLong();
    try {
      splitter.push(decode.end(), true, take);
    } catch (error) {
      if (!(error instanceof UnclosedQuoteError)) throw error;
      throw new FileReadError('csv-quote-not-closed', { line: String(line) }, line, error.message);
    }
    yield* rows;
  } finally {
    await bytes.close();
  }
}

/** The head without its last, possibly cut-off line (unless the head is the whole text or a single line). */
function completeLines(head: string, whole: boolean): string {
  if (whole) return head;
  const end = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  return end > 0 ? head.slice(0, end) : head;
}

/** Line breaks in a field; CRLF is one. */
function countBreaks(field: string): number {
  if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) return 0;
  let n = 0;
  for (let i = 0; i < field.length; i += 1) {
    const c = field.charCodeAt(i);
    if (c === 10 || (c === 13 && field.charCodeAt(i + 1) !== 10)) n += 1;
  }
  return n;
}
