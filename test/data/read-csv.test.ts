// CSV decoding and delimiter detection, on bytes as Excel, WPS and text editors write them.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { openByteSource } from '../../src/data/byte-source.js';
import { detectEncoding } from '../../src/data/decode-text.js';
import { detectDelimiter, readCsv } from '../../src/data/read-csv.js';

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
