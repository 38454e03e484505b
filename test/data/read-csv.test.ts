// CSV reading on bytes as Excel, WPS and text editors write them: encoding, delimiter, line endings, chunk edges.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { openByteSource } from '../../src/data/byte-source.js';
import { HEAD_BYTES, detectEncoding } from '../../src/data/decode-text.js';
import { MAX_CSV_RECORD_BYTES, MAX_CSV_ROWS, detectDelimiter, readCsv } from '../../src/data/read-csv.js';
import { FileReadError } from '../../src/data/file-error.js';
import { Utf8Check } from '../../src/data/utf8-check.js';
import { FIXTURES, readFixtures, recordTuples } from './helpers.js';

const text = '指标编号,数值\r\n6.3.1,98.5\r\n';

describe('detectEncoding', () => {
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'utf-16be'],
    ['GBK', iconv.encode(text, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(`${text}𠀀`, 'gb18030'), 'gb18030'],
  ])('%s', async (_name, bytes, encoding) => {
    const detected = await detectEncoding(await openByteSource(bytes));
    expect(detected.encoding).toBe(encoding);
    expect(detected.head.startsWith(text)).toBe(true);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['a;b;c\n1;2;3', ';'],
    ['名称;数值\n"1,234";5', ';'],
    ['a,b\n"x;y;z",1', ','],
  ])('%j → %j', (sample, delimiter) => {
    expect(detectDelimiter(sample)).toBe(delimiter);
  });
});

describe('readCsv', () => {
  it('numbers rows by the line they start on, also after a field with a line break', async () => {
    const grid = readCsv(Buffer.from('指标编号,佐证材料,数值\n6.3.1,"纪要\n签到表",98\n\n6.3.2,,99\n', 'utf8'));
    const rows = [];
    for await (const row of grid.rows) rows.push([row.row, [...row.cells.keys()]]);
    expect(rows).toEqual([
      [1, [1, 2, 3]],
      [2, [1, 2, 3]],
      [5, [1, 3]],
    ]);
  });
});

async function rowsOf(source: string | Uint8Array, chunkBytes?: number): Promise<[number, string[]][]> {
  const rows: [number, string[]][] = [];
  for await (const row of readCsv(source, chunkBytes).rows)
    rows.push([row.row, [...row.cells.values()].map((c) => (c.kind === 'text' ? c.text : c.kind))]);
  return rows;
}

describe('readCsv line endings', () => {
  it('ends a row at every CRLF, LF and CR outside quotes, as a text editor shows the lines', async () => {
    expect(await rowsOf(Buffer.from('a,b\r\nc,d\ne,f\rg,h\r\n'))).toEqual([
      [1, ['a', 'b']],
      [2, ['c', 'd']],
      [3, ['e', 'f']],
      [4, ['g', 'h']],
    ]);
  });

  it('counts a CRLF inside a quoted field as one line', async () => {
    expect(await rowsOf(Buffer.from('a,b\r\n"x\r\ny",1\r\n\r\ne,f\r\n'))).toEqual([
      [1, ['a', 'b']],
      [2, ['x\r\ny', '1']],
      [5, ['e', 'f']],
    ]);
  });

  it('a file with mixed line endings keeps every row (fixtures/data/odd/mixed-line-endings.csv)', async () => {
    const ds = await readFixtures(['odd/mixed-line-endings.csv']);
    expect(recordTuples(ds)).toEqual([
      ['江山市', '6.3.1', 2020, '99.5', '2:4'],
      ['江山市', '6.3.2', 2020, '98', '4:4'],
      ['江山市', '6.4.1', 2020, '30.5', '5:4'],
      ['江山市', '6.4.1', 2019, '28', '7:4'],
    ]);
    expect(ds.records[0]?.evidence).toEqual(['验收备案表', '质监报告']);
    expect(ds.problems).toEqual([]);
  });
});

describe('readCsv streaming', () => {
  const rows = ['地区,指标编号,数值', '江山市,6.3.1,"99.5"', '常山县,6.3.2,"纪要\n签到表"', ''].join('\r\n');

  it.each([
    ['UTF-8', Buffer.from(rows, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows, 'utf8')])],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(rows, 'utf-16le')])],
    ['UTF-16BE without BOM', iconv.encode(rows, 'utf-16be')],
    ['GBK', iconv.encode(rows, 'gbk')],
  ])('%s gives the same rows whatever the chunk size (characters split between chunks)', async (_name, bytes) => {
    const whole = await rowsOf(bytes);
    expect(whole).toEqual([
      [1, ['地区', '指标编号', '数值']],
      [2, ['江山市', '6.3.1', '99.5']],
      [3, ['常山县', '6.3.2', '纪要\n签到表']],
    ]);
    for (const chunk of [1, 2, 3, 5]) expect(await rowsOf(bytes, chunk)).toEqual(whole);
  });

  it('stops reading when the rows are left unread, without an error', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qcc-csv-')), 'big.csv');
    writeFileSync(path, `a,b\n${'1,2\n'.repeat(100_000)}`);
    for (let n = 1; n < 4; n += 1) {
      let read = 0;
      for await (const row of readCsv(path, 1024).rows) if ((read = row.row) === n) break;
      expect(read).toBe(n);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    rmSync(dirname(path), { recursive: true });
  });

  it('reads a quoted field far longer than a chunk, and the rows after it', async () => {
    const long = `纪要${'甲,"乙"\r\n'.repeat(30_000)}`;
    const quoted = `"${long.replace(/"/g, '""')}"`;
    const bytes = Buffer.from(`指标编号,佐证材料\n6.3.1,${quoted}\n6.3.2,x\n`, 'utf8');
    expect(await rowsOf(bytes, 1024)).toEqual([
      [1, ['指标编号', '佐证材料']],
      [2, ['6.3.1', long]],
      [30_003, ['6.3.2', 'x']],
    ]);
  });

  it('reads a file from its path as from its bytes', async () => {
    const bytes = readFileSync(join(FIXTURES, 'kaihua-gbk.csv'));
    expect(await rowsOf(join(FIXTURES, 'kaihua-gbk.csv'))).toEqual(await rowsOf(bytes, 7));
  });
});

describe('an encoding that only shows after the first 64 KB', () => {
  const ascii = `region,item,value\r\n${'Kaihua,6.3.1,99.5\r\n'.repeat(Math.ceil(HEAD_BYTES / 19) + 10)}`;
  const asciiRows = ascii.split('\r\n').length - 1;

  it('a GBK row after 64 KB of ASCII makes the file GB18030, and the row reads right', async () => {
    const bytes = Buffer.concat([Buffer.from(ascii), iconv.encode('开化县,6.3.2,98\r\n', 'gbk')]);
    expect(bytes.length).toBeGreaterThan(HEAD_BYTES);
    expect((await detectEncoding(await openByteSource(bytes))).encoding).toBe('gb18030');
    const rows = await rowsOf(bytes);
    expect(rows).toHaveLength(asciiRows + 1);
    expect(rows.at(-1)).toEqual([asciiRows + 1, ['开化县', '6.3.2', '98']]);
  });

  it('so does a GBK byte after 64 KB of valid UTF-8 Chinese, as when the file was decoded in one piece', async () => {
    const utf8 = Buffer.from(ascii.replace(/Kaihua/g, '开化县'), 'utf8');
    const bytes = Buffer.concat([utf8, iconv.encode('常山县,6.3.2,98\r\n', 'gbk')]);
    expect((await detectEncoding(await openByteSource(bytes))).encoding).toBe('gb18030');
    expect((await rowsOf(bytes)).at(-1)).toEqual([asciiRows + 1, ['常山县', '6.3.2', '98']]);
  });

  it('valid UTF-8 throughout stays UTF-8, also with a character cut at the 64 KB mark', async () => {
    const bytes = Buffer.from(ascii.replace(/Kaihua/g, '开化县'), 'utf8');
    expect((bytes[HEAD_BYTES] ?? 0) & 0xc0).toBe(0x80); // the mark falls inside a character
    expect((await detectEncoding(await openByteSource(bytes))).encoding).toBe('utf-8');
    expect((await rowsOf(bytes)).at(-1)).toEqual([asciiRows, ['开化县', '6.3.1', '99.5']]);
  });
});

describe('Utf8Check', () => {
  it('carries a character split between chunks and rejects one cut off at the end', () => {
    const bytes = Buffer.from('开化县', 'utf8');
    const split = new Utf8Check();
    for (const b of bytes) expect(split.push(Buffer.from([b]))).toBe(true);
    expect(split.end()).toBe(true);
    const cut = new Utf8Check();
    expect(cut.push(bytes.subarray(0, 8))).toBe(true);
    expect(cut.end()).toBe(false);
    expect(new Utf8Check().push(iconv.encode('开化县', 'gbk'))).toBe(false);
  });
});

/** The FileReadError reading `source` ends with, or undefined when it reads through. */
async function refusal(source: Uint8Array, chunkBytes?: number): Promise<FileReadError | undefined> {
  try {
    await rowsOf(source, chunkBytes);
    return undefined;
  } catch (error) {
    if (error instanceof FileReadError) return error;
    throw error;
  }
}

describe('readCsv limits: refused with a code and the line, never a parser text', () => {
  it('a quote never closed names the line the quote opens on', async () => {
    const error = await refusal(Buffer.from('a,b\r\nc,"d\r\ne,f\r\ng,h\r\n'));
    expect(error).toMatchObject({ code: 'csv-quote-not-closed', line: 2, params: { line: '2' } });
  });

  it.each([
    ['a line without a break', (n: number) => `a,b\nc,${'y'.repeat(n)}`],
    ['a quote that opens and runs on', (n: number) => `a,b\nc,"${'y\n'.repeat(n / 2)}`],
  ])('%s past MAX_CSV_RECORD_BYTES is refused at its line, without reading on', async (_name, make) => {
    const bytes = Buffer.from(make(MAX_CSV_RECORD_BYTES + 1024 * 1024), 'utf8');
    const error = await refusal(bytes);
    expect(error).toMatchObject({ code: 'csv-record-too-long', line: 2, params: { line: '2', limit: '4' } });
  });

  it('a record just under the limit is read', async () => {
    const cell = 'y'.repeat(MAX_CSV_RECORD_BYTES - 100);
    const rows = await rowsOf(Buffer.from(`a,b\nc,${cell}\nd,e\n`, 'utf8'));
    expect(rows.map(([row]) => row)).toEqual([1, 2, 3]);
  });

  it('more rows than MAX_CSV_ROWS (empty lines not counted) are refused at the first row past it', async () => {
    const bytes = Buffer.from(`h\n\n${'1\n'.repeat(MAX_CSV_ROWS)}`, 'utf8');
    const error = await refusal(bytes);
    expect(error).toMatchObject({ code: 'csv-too-many-rows', line: MAX_CSV_ROWS + 2 });
  });
});

describe('readCsv keeps junk in cells as data', () => {
  it('NUL, ESC sequences, BEL and a BOM in the middle stay in the text of their cell', async () => {
    const cell = 'a\u0000b\u001b]0;title\u0007c\u001b[2J中\ufeff间';
    expect(await rowsOf(Buffer.from(`x,y\r\n1,${cell}\r\n2,z\r\n`, 'utf8'))).toEqual([
      [1, ['x', 'y']],
      [2, ['1', cell]],
      [3, ['2', 'z']],
    ]);
  });

  it('a lone surrogate in UTF-16 becomes U+FFFD and the rows after it are read', async () => {
    const bytes = Buffer.concat([
      Buffer.from('\ufeffx,y\r\n1,9', 'utf16le'),
      Buffer.from([0x00, 0xd8]),
      Buffer.from('\r\n2,z\r\n', 'utf16le'),
    ]);
    expect(await rowsOf(bytes)).toEqual([
      [1, ['x', 'y']],
      [2, ['1', '9\ufffd']],
      [3, ['2', 'z']],
    ]);
  });
});
