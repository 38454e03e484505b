// The number format of each cell style of an xlsx (styles.xml's cellXfs), as exceljs 4.4.0 names them.
import { entryText, type ZipEntry } from './zip-entries.js';

/** The built-in formats exceljs knows by id (its defaultnumformats.js, the entries without a locale). */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Each style's number format, by cellXfs index; an index past the end has no style (the cell keeps its row's). */
export type CellFormats = readonly (string | undefined)[];

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

const decodeAttribute = (s: string): string =>
  s
    .replace(/[\t\n\r]/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Number format by cellXfs index; an index past the end is a style that does not exist. */
export async function readCellFormats(path: string, entries: Map<string, ZipEntry>): Promise<CellFormats> {
  const entry = entries.get('xl/styles.xml');
  if (!entry) return [];
  const xml = await entryText(path, entry);
  const custom = new Map<number, string>();
  const numFmts = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(xml)?.[1] ?? '';
  for (const m of numFmts.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = parseInt(attribute(m[0], 'numFmtId') ?? '', 10);
    const code = attribute(m[0], 'formatCode');
    // exceljs drops the backslash of an escaped character (\- → -), and so does qcc, to read formats alike.
    if (code !== undefined) custom.set(id, decodeAttribute(code).replace(/[\\](.)/g, '$1'));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const formats: (string | undefined)[] = [];
  for (const m of cellXfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = parseInt(attribute(m[0], 'numFmtId') ?? '', 10);
    // An empty custom code falls back to the built-in one, as in exceljs.
    formats.push(id ? custom.get(id) || BUILT_IN[id] : undefined);
  }
  return formats;
}

/** exceljs's test for a date format: y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
