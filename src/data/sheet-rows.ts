// qcc's own reader of sheet XML: rows of typed cells straight from the inflated bytes, as exceljs's reader types them.
import { StringDecoder } from 'node:string_decoder';
import type { CellContent, GridRow } from './grid.js';
import { runText } from './shared-strings.js';
import { isDateFormat, type CellFormats } from './xlsx-styles.js';
import { xmlText } from './xml-text.js';
import { XlsxFailure } from './xlsx-failure.js';
import { CELL_TEXT_LIMIT, ELEMENT_LIMIT } from './cell-limits.js';
import { columnLetters } from '../util/column-letters.js';

export interface SheetContext {
  strings: readonly string[];
  formats: CellFormats;
  date1904: boolean;
  /** Applied to each row before it is handed out (merged ranges). */
  fill: (row: GridRow) => GridRow;
  /** The sheet's name, for the place a failure names. */
  sheet?: string;
}

const BLANK: CellContent = { kind: 'blank' };
const ERROR: CellContent = { kind: 'error', error: '#ERROR' };
const GT = 62;
const SLASH = 47;

const isNameEnd = (code: number): boolean => code === GT || code === SLASH || code <= 32;

/** A string as cell content: blank when only spaces, as exceljs's cells are read (xlsx-cell.ts). */
const textContent = (text: string): CellContent => (text.trim() === '' ? BLANK : { kind: 'text', text });

/** A number as exceljs types it: a date under a date format, an error when it does not parse (a cached #DIV/0!). */
function numberContent(value: number, format: string | undefined, asDate: boolean, date1904: boolean): CellContent {
  if (Number.isNaN(value)) return ERROR;
  if (asDate) {
    const date = new Date(Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
    return Number.isNaN(date.getTime()) ? ERROR : { kind: 'date', date };
  }
  return format ? { kind: 'number', value, numFmt: format } : { kind: 'number', value };
}

/**
 * The rows of one sheet's XML stream. Rows are parsed a chunk at a time and handed out from that batch, so the
 * consumer's `for await` is the only async step per row. Cells are typed as exceljs 4.4.0's full load types them,
 * read through xlsx-cell.ts (test/data/xlsx-own-reader.test.ts compares every fixture with both exceljs readers);
 * entities are decoded once (exceljs decodes `str` cells twice), a shared formula without a cached result shows no
 * text (the full load shows its master's address), and only rows the XML has are read (the full load adds a row
 * that nothing but a merged range covers).
 */
export function sheetRows(
  chunks: AsyncIterable<unknown> | (() => Promise<AsyncIterable<unknown>>),
  ctx: SheetContext,
): AsyncIterable<GridRow> {
  // Given as a function, the XML is opened at the first row asked for: a sheet nobody reads costs nothing.
  const open = typeof chunks === 'function' ? chunks : () => Promise.resolve(chunks);
  return { [Symbol.asyncIterator]: () => new SheetRowReader(open, ctx) };
}

class SheetRowReader implements AsyncIterator<GridRow> {
  private readonly decoder = new StringDecoder('utf8');
  private readonly sharedContent: (CellContent | undefined)[] = [];
  private readonly dateFormats: boolean[];
  private source: AsyncIterator<unknown> | undefined;
  private text = '';
  private phase: 'before' | 'rows' | 'after' = 'before';
  private batch: GridRow[] = [];
  private at = 0;
  // The row being read, which may span chunks.
  private row: GridRow | undefined;
  private lastRow = 0;
  private lastColumn = 0;
  // Where the values of the element's r, s and t attributes are in the text (-1: absent); read without slicing.
  private rFrom = -1;
  private rTo = -1;
  private sFrom = -1;
  private sTo = -1;
  private tFrom = -1;
  private tTo = -1;

  constructor(
    private readonly open: () => Promise<AsyncIterable<unknown>>,
    private readonly ctx: SheetContext,
  ) {
    this.dateFormats = ctx.formats.map(isDateFormat);
  }

  next(): Promise<IteratorResult<GridRow>> {
    const row = this.batch[this.at];
    if (row) {
      this.at += 1;
      return Promise.resolve({ value: row, done: false });
    }
    return this.refill();
  }

  async return(): Promise<IteratorResult<GridRow>> {
    await this.source?.return?.();
    return { value: undefined, done: true };
  }

  private async refill(): Promise<IteratorResult<GridRow>> {
    this.batch = [];
    this.at = 0;
    this.source ??= (await this.open())[Symbol.asyncIterator]();
    while (!this.batch.length) {
      if (this.phase === 'after') {
        await this.source.return?.();
        return { value: undefined, done: true };
      }
      const chunk = await this.source.next();
      if (chunk.done) {
        this.text += this.decoder.end();
        this.parse();
        // A sheet cut off inside its rows is a damaged file, not a shorter table; every worksheet has a <sheetData>,
        // so one whose rows never began is cut off too. (parse() moves the phase on: TypeScript cannot see it.)
        if ((this.phase as string) !== 'after') throw new XlsxFailure('cut-off', { part: this.ctx.sheet ?? '' });
        this.phase = 'after';
        continue;
      }
      this.text += this.decoder.write(chunk.value as Buffer);
      this.parse();
    }
    this.at = 1;
    return { value: this.batch[0] as GridRow, done: false };
  }

  /** Reads every complete element of `text`, keeping the unfinished rest for the next chunk. */
  private parse(): void {
    const text = this.text;
    let pos = 0;
    if (this.phase === 'before') {
      const start = text.indexOf('<sheetData');
      if (start < 0) {
        // Keep enough to find the mark when it straddles chunks.
        this.text = text.slice(Math.max(0, text.length - 16));
        return;
      }
      const gt = text.indexOf('>', start);
      if (gt < 0) {
        this.text = text.slice(start);
        return;
      }
      this.phase = text.charCodeAt(gt - 1) === SLASH ? 'after' : 'rows';
      pos = gt + 1;
    }
    while (this.phase === 'rows') {
      const lt = text.indexOf('<', pos);
      if (lt < 0) {
        pos = text.length;
        break;
      }
      const done = this.element(text, lt);
      if (done < 0) {
        pos = lt;
        break;
      }
      pos = done;
    }
    this.text = this.phase === 'rows' ? text.slice(pos) : '';
    // An unfinished element this long is no cell Excel writes: refused before it is searched again and again.
    if (this.text.length > ELEMENT_LIMIT) this.tooLarge(this.lastColumn + 1);
  }

  private tooLarge(column: number): never {
    const cell = `${columnLetters(column)}${this.row?.row ?? this.lastRow}`;
    throw new XlsxFailure('cell-too-large', { part: this.ctx.sheet ?? '', cell, characters: CELL_TEXT_LIMIT });
  }

  /** Text content, refused over Excel's own limit for a cell. */
  private text_(text: string, column: number): CellContent {
    if (text.length > CELL_TEXT_LIMIT) this.tooLarge(column);
    return textContent(text);
  }

  /** Reads the element at `lt`; returns where reading goes on, or -1 when the element is not complete yet. */
  private element(text: string, lt: number): number {
    // Too little left to tell a cell from a row end (`<c`, `</ro`…): wait for the next chunk.
    if (text.length - lt < 12) return -1;
    const c1 = text.charCodeAt(lt + 1);
    if (c1 === 99 /* c */ && isNameEnd(text.charCodeAt(lt + 2))) return this.cell(text, lt);
    if (c1 === 114 /* r */ && text.startsWith('ow', lt + 2) && isNameEnd(text.charCodeAt(lt + 4))) {
      const gt = text.indexOf('>', lt);
      if (gt < 0) return -1;
      this.attributes(text, lt + 4, gt);
      const r = this.rFrom < 0 ? NaN : intAt(text, this.rFrom, this.rTo);
      const number = Number.isNaN(r) ? this.lastRow + 1 : r;
      this.lastRow = number;
      this.lastColumn = 0;
      if (text.charCodeAt(gt - 1) !== SLASH) this.row = { row: number, cells: new Map() };
      return gt + 1;
    }
    if (c1 === SLASH) {
      if (text.startsWith('row>', lt + 2)) {
        this.endRow();
        return lt + 6;
      }
      if (text.startsWith('sheetData', lt + 2)) {
        this.endRow();
        this.phase = 'after';
        return lt + 11;
      }
    }
    // Anything else within the rows (extension lists, comments) carries no cell value.
    return lt + 1;
  }

  private endRow(): void {
    const row = this.row;
    this.row = undefined;
    if (!row) return;
    const filled = this.ctx.fill(row);
    if (filled.cells.size) this.batch.push(filled);
  }

  /** A <c> element: its attributes, then its <f>, <v> or <is> children up to </c>. */
  private cell(text: string, lt: number): number {
    const gt = text.indexOf('>', lt);
    if (gt < 0) return -1;
    const selfClosing = text.charCodeAt(gt - 1) === SLASH;
    const end = selfClosing ? gt : text.indexOf('</c>', gt);
    if (end < 0) return -1;
    this.attributes(text, lt + 2, gt);
    const column = this.rFrom < 0 ? this.lastColumn + 1 : columnAt(text, this.rFrom, this.rTo);
    this.lastColumn = column;
    const next = selfClosing ? gt + 1 : end + 4;
    if (selfClosing || !this.row) return next;
    let formula: string | undefined;
    let inline: string | undefined;
    // The <v> text's place; sliced only when it is not a shared-string index.
    let valueFrom = -1;
    let valueTo = -1;
    let p = gt + 1;
    while (p < end) {
      const open = text.indexOf('<', p);
      if (open < 0 || open >= end) break;
      const name = text.charCodeAt(open + 1);
      const close = text.indexOf('>', open);
      const empty = text.charCodeAt(close - 1) === SLASH;
      if (name === 118 /* v */ && isNameEnd(text.charCodeAt(open + 2))) {
        valueFrom = valueTo = close + 1;
        if (!empty) {
          valueTo = text.indexOf('</v>', close);
          if (valueTo < 0 || valueTo > end) break;
          p = valueTo + 4;
          continue;
        }
      } else if (name === 102 /* f */ && isNameEnd(text.charCodeAt(open + 2))) {
        if (empty) formula = '';
        else {
          const to = text.indexOf('</f>', close);
          if (to < 0 || to > end) break;
          formula = xmlText(text.slice(close + 1, to));
          p = to + 4;
          continue;
        }
      } else if (name === 105 /* i */ && text.charCodeAt(open + 2) === 115 && isNameEnd(text.charCodeAt(open + 3))) {
        if (empty) inline = '';
        else {
          const to = text.indexOf('</is>', close);
          if (to < 0 || to > end) break;
          inline = runText(text.slice(close + 1, to));
          p = to + 5;
          continue;
        }
      }
      p = close + 1;
    }
    const type =
      this.tFrom < 0 ? undefined : this.tTo - this.tFrom === 1 ? text[this.tFrom] : text.slice(this.tFrom, this.tTo);
    const content =
      type === 's' && formula === undefined && valueTo > valueFrom
        ? this.shared(intAt(text, valueFrom, valueTo), column)
        : this.content(
            column,
            type,
            this.sFrom < 0 ? 0 : intAt(text, this.sFrom, this.sTo),
            formula,
            valueFrom < 0 ? undefined : text.slice(valueFrom, valueTo),
            inline,
          );
    if (content.kind !== 'blank') this.row.cells.set(column, content);
    return next;
  }

  private content(
    column: number,
    type: string | undefined,
    s: number,
    formula: string | undefined,
    value: string | undefined,
    inline: string | undefined,
  ): CellContent {
    // Only the cell's own style counts (style 0 and unknown styles: none), as in exceljs's full load.
    const own = s > 0 && s < this.ctx.formats.length;
    const format = own ? this.ctx.formats[s] : undefined;
    const asDate = own && this.dateFormats[s] === true;
    // An empty <v></v> is no value, and a formula with one has no cached result (exceljs's full load).
    const raw = value || (value === undefined ? inline : undefined);
    if (formula !== undefined) {
      if (!raw) return { kind: 'formula-no-result', formula };
      const cached = value ? xmlText(raw) : raw;
      // The cached result takes its type from t="…", a number its date format (the full load's rules).
      if (type === 'str') return this.text_(cached, column);
      if (type === 'b') return { kind: 'boolean', value: parseInt(cached, 10) !== 0 };
      if (type === 'e') return { kind: 'error', error: cached };
      return numberContent(parseFloat(cached), format, asDate, this.ctx.date1904);
    }
    if (type === 'inlineStr' && inline !== undefined) return this.text_(inline, column);
    if (!raw) return BLANK;
    switch (type) {
      case 's':
        return this.shared(parseInt(raw, 10), column);
      case 'str':
      case 'inlineStr':
        return this.text_(value ? xmlText(raw) : raw, column);
      case 'e':
        return { kind: 'error', error: value ? xmlText(raw) : raw };
      case 'b':
        return { kind: 'boolean', value: parseInt(raw, 10) !== 0 };
      default:
        return numberContent(parseFloat(raw), format, asDate, this.ctx.date1904);
    }
  }

  /**
   * A shared string by index. One that does not exist is a damaged file, as Excel says on opening it, not a blank: a
   * blank would be reported as a value nobody filled in.
   */
  private shared(index: number, column: number): CellContent {
    const known = this.sharedContent[index];
    if (known) return known;
    const text = this.ctx.strings[index];
    if (text === undefined) {
      const cell = `${columnLetters(column)}${this.row?.row ?? this.lastRow}`;
      const params = { part: this.ctx.sheet ?? '', cell, count: this.ctx.strings.length };
      throw new XlsxFailure('shared-string', Number.isNaN(index) ? params : { ...params, index });
    }
    const content = textContent(text);
    this.sharedContent[index] = content;
    return content;
  }

  /** Finds the r, s and t attributes between `from` and `to` (any order, either quote). */
  private attributes(text: string, from: number, to: number): void {
    this.rFrom = this.sFrom = this.tFrom = -1;
    let p = from;
    while (p < to) {
      const eq = text.indexOf('=', p);
      if (eq < 0 || eq >= to) return;
      let nameEnd = eq;
      while (nameEnd > p && text.charCodeAt(nameEnd - 1) <= 32) nameEnd -= 1;
      let q = eq + 1;
      while (q < to && text.charCodeAt(q) <= 32) q += 1;
      const quote = text.charCodeAt(q);
      const close = quote === 34 || quote === 39 ? text.indexOf(quote === 34 ? '"' : "'", q + 1) : -1;
      if (close < 0 || close > to) return;
      // A one-letter name: the character before it is a space.
      if (nameEnd - 1 > p && text.charCodeAt(nameEnd - 2) <= 32) {
        const name = text.charCodeAt(nameEnd - 1);
        if (name === 114) {
          this.rFrom = q + 1;
          this.rTo = close;
        } else if (name === 115) {
          this.sFrom = q + 1;
          this.sTo = close;
        } else if (name === 116) {
          this.tFrom = q + 1;
          this.tTo = close;
        }
      }
      p = close + 1;
    }
  }
}

/** parseInt of text[from, to) without making the string: leading spaces, a sign, digits; NaN without digits. */
function intAt(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && text.charCodeAt(p) <= 32) p += 1;
  const sign = text.charCodeAt(p) === 45 ? -1 : 1;
  if (sign < 0 || text.charCodeAt(p) === 43) p += 1;
  const start = p;
  let n = 0;
  for (; p < to; p += 1) {
    const digit = text.charCodeAt(p) - 48;
    if (digit < 0 || digit > 9) break;
    n = n * 10 + digit;
  }
  return p === start ? NaN : sign * n;
}

/** The column number of a cell reference in text[from, to) ("AB12" → 28). */
function columnAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}
