// Splits CSV bytes (UTF-8) into records as csv-parse does with qcc's options (relaxed quotes and column counts; CRLF,
// LF and CR all end a record) in about half its time: a field is found with indexOf and a byte loop, then decoded
// in one piece, where csv-parse copies it byte by byte first. test/data/csv-records.test.ts holds it to csv-parse.

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A quote still open at the end of the file. Its message is csv-parse's (with csv-parse's line count, which the tests
 * compare); the reader says it to a person with the line the open quote is on.
 */
export class UnclosedQuoteError extends Error {
  constructor(line: number) {
    super(`Quote Not Closed: the parsing is finished with an opening quote at line ${line}`);
    this.name = 'CsvError';
  }
}

export class CsvRecords {
  private readonly delimiter: number;
  private rest: Buffer = Buffer.alloc(0);
  private started = false;
  /** Lines before `rest` as csv-parse counts them for its error message (a CRLF inside quotes is two). */
  private breaks = 0;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Bytes kept back for a record not yet complete (the caller reads more than that before parsing again). */
  get pending(): number {
    return this.rest.length;
  }

  /** The complete records in the bytes so far; with `end`, the last one too (or the error of an open quote). */
  push(chunk: Buffer, end: boolean, emit: (record: string[]) => void): void {
    let bytes = this.rest.length ? Buffer.concat([this.rest, chunk]) : chunk;
    if (!this.started) {
      if (bytes.length < 3 && !end) {
        this.rest = bytes;
        return;
      }
      this.started = true;
      // csv-parse's bom option: one UTF-8 byte-order mark at the start is not text.
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    const consumed = this.records(bytes, end, emit);
    // A copy, so that the chunk it came from is not kept for a few bytes.
    this.rest = consumed < bytes.length ? Buffer.from(bytes.subarray(consumed)) : Buffer.alloc(0);
  }

  /** Emits the records of `bytes`; returns where the first incomplete one starts (bytes.length when none). */
  private records(bytes: Buffer, end: boolean, emit: (record: string[]) => void): number {
    const d = this.delimiter;
    const length = bytes.length;
    let pos = 0;
    while (pos < length) {
      const start = pos;
      const record: string[] = [];
      let breaks = 0;
      for (;;) {
        let field: string;
        if (bytes[pos] === QUOTE) {
          let at = pos + 1;
          field = '';
          for (;;) {
            const q = bytes.indexOf(QUOTE, at);
            if (q < 0) {
              if (!end) return start;
              throw new UnclosedQuoteError(this.lineAtEnd(bytes, start));
            }
            if (q + 1 >= length && !end) return start;
            const next = bytes[q + 1];
            if (next === QUOTE) {
              // "" inside quotes is one quote.
              field += bytes.toString('utf8', at, q + 1);
              at = q + 2;
              continue;
            }
            field += bytes.toString('utf8', at, q);
            breaks += breakBytes(bytes, pos + 1, q);
            pos = q + 1;
            // A closing quote is followed by a delimiter, a line break or the end.
            if (q + 1 >= length || next === d || next === CR || next === LF) break;
            // relax_quotes: a quote followed by anything else ends the quoting, and the field keeps both quotes
            // and what follows (after a NUL, which csv-parse takes for the end, the quotes go).
            if (next !== 0) field = `"${field}"`;
            const to = this.fieldEnd(bytes, pos);
            if (to >= length && !end) return start;
            field += bytes.toString('utf8', pos, to);
            pos = to;
            break;
          }
        } else {
          const to = this.fieldEnd(bytes, pos);
          if (to >= length && !end) return start;
          field = to > pos ? bytes.toString('utf8', pos, to) : '';
          pos = to;
        }
        record.push(field);
        const c = bytes[pos];
        if (c === d) {
          pos += 1;
          // A delimiter at the very end still opens a last, empty field.
          if (pos >= length) {
            if (!end) return start;
            record.push('');
            break;
          }
          continue;
        }
        if (c === CR) pos += bytes[pos + 1] === LF ? 2 : 1;
        else if (c === LF) pos += 1;
        break;
      }
      // A CR at the end of a chunk may be the first half of a CRLF.
      if (!end && pos >= length && bytes[pos - 1] === CR) return start;
      const last = bytes[pos - 1];
      this.breaks += breaks + (pos > start && (last === LF || last === CR) ? 1 : 0);
      emit(record);
    }
    return pos;
  }

  /** Where an unquoted field that starts at `from` ends: the next delimiter, CR or LF, or the end of the bytes. */
  private fieldEnd(bytes: Buffer, from: number): number {
    const d = this.delimiter;
    const length = bytes.length;
    for (let i = from; i < length; i += 1) {
      const c = bytes[i];
      if (c === d || c === LF || c === CR) return i;
    }
    return length;
  }

  /** csv-parse's line count at the end: every CR and LF but a last one; a CRLF that ended a record once. */
  private lineAtEnd(bytes: Buffer, start: number): number {
    const last = bytes[bytes.length - 1];
    const to = last === CR || last === LF ? bytes.length - 1 : bytes.length;
    return 1 + this.breaks + breakBytes(bytes, start, to);
  }
}

/** CR and LF bytes in bytes[from, to). */
function breakBytes(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = bytes[i];
    if (c === CR || c === LF) n += 1;
  }
  return n;
}
