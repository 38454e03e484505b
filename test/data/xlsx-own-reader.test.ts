// qcc's own sheet reader against exceljs's full load and streaming reader, cell by cell, on every xlsx fixture.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readXlsx, type XlsxReaderMode } from '../../src/data/read-xlsx.js';
import { sheetRows } from '../../src/data/sheet-rows.js';
import { readSharedStrings } from '../../src/data/shared-strings.js';
import { readCellFormats } from '../../src/data/xlsx-styles.js';
import { readWorkbookSheets } from '../../src/data/workbook-sheets.js';
import { mergeFiller, sheetMerges } from '../../src/data/sheet-merges.js';
import { entryBytes, zipEntries } from '../../src/data/zip-entries.js';
import type { CellContent, GridRow } from '../../src/data/grid.js';
import { columnLetters } from '../../src/util/column-letters.js';

const ROOT = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const UNREADABLE = new Set(['data/odd/broken.xlsx', 'data/unsupported/renamed.xlsx']);
const workbooks = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.xlsx') && !UNREADABLE.has(f))
  .sort();

const show = (c: CellContent | undefined): string => {
  if (!c) return 'nothing';
  const { kind, ...rest } = c;
  return `${kind} ${JSON.stringify(rest)}`;
};

/** Every cell as "sheet!A1 → content", with the sheet list and hidden states first. */
async function cells(path: string, mode: XlsxReaderMode): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const grid of readXlsx(path, mode)) {
    out.set(`${grid.sheet}`, grid.hidden ? 'hidden' : 'visible');
    for await (const row of grid.rows)
      for (const [column, content] of row.cells)
        out.set(`${grid.sheet}!${columnLetters(column)}${row.row}`, show(content));
  }
  return out;
}

/** Where the two readings differ: "place: theirs → ours". */
async function differences(path: string, reference: XlsxReaderMode): Promise<string[]> {
  const [ours, theirs] = [await cells(path, 'auto'), await cells(path, reference)];
  const places = [...new Set([...theirs.keys(), ...ours.keys()])].sort();
  return places
    .filter((p) => ours.get(p) !== theirs.get(p))
    .map((p) => `${p}: ${theirs.get(p) ?? 'nothing'} → ${ours.get(p) ?? 'nothing'}`)
    .sort();
}

// Where qcc's reader deliberately differs, each with its reason. Everything else agrees exactly.
const FROM_FULL: Record<string, string[]> = {
  'data/odd/cell-kinds.xlsx': [
    // exceljs decodes the entities of a t="str" cell twice; the text is written as "x &amp; y".
    '数据!G2: text {"text":"x & y"} → text {"text":"x &amp; y"}',
    // A shared formula without a cached result: exceljs names its master's address, which is no formula.
    '数据!C5: formula-no-result {"formula":"A5"} → formula-no-result {"formula":""}',
    // An empty shared string (<si/>): exceljs's full load makes it the text "[object Object]".
    '数据!D6: text {"text":"[object Object]"} → nothing',
    // Row 9 is not in the file; exceljs makes it for the merged A7:A10 alone, qcc reads the rows written.
    '数据!A9: text {"text":"地区"} → nothing',
  ],
};
const FROM_STREAM: Record<string, string[]> = {
  'data/foreign-longyou.xlsx': [
    // exceljs's streaming reader reads a formula's cached error as a number (NaN) and loses its name.
    '龙游县!E6: error {"error":"#ERROR"} → error {"error":"#DIV/0!"}',
  ],
  'data/odd/cell-kinds.xlsx': [
    // The streaming reader keeps only the last run of an inline rich text.
    '数据!F2: text {"text":"联富文本"} → text {"text":"内联富文本"}',
    '数据!G2: text {"text":"x & y"} → text {"text":"x &amp; y"}',
    // A formula's cached value: the streaming reader reads every type but str as a number, and no date format.
    '数据!G4: error {"error":"#ERROR"} → error {"error":"#DIV/0!"}',
    '数据!H4: number {"value":1} → boolean {"value":true}',
    '数据!I4: number {"value":43832,"numFmt":"mm-dd-yy"} → date {"date":"2020-01-02T00:00:00.000Z"}',
    // An empty cached string is no result (full load), not a blank; an empty <v></v> is no value, not an error.
    '数据!D5: nothing → formula-no-result {"formula":"\\"\\""}',
    '数据!A6: error {"error":"#ERROR"} → nothing',
    // The streaming reader gives a row's style to cells without their own; the full load and Excel do not.
    '数据!A11: date {"date":"1900-01-04T00:00:00.000Z"} → number {"value":5}',
  ],
};

describe("qcc's own xlsx reader", () => {
  it('has every kind of cell to compare in the fixtures', () => {
    expect(workbooks).toContain('data/odd/cell-kinds.xlsx');
    expect(workbooks.length).toBeGreaterThan(20);
  });

  it.each(workbooks)('%s: reads every cell as exceljs reads it (both readers, known differences listed)', async (f) => {
    expect(await differences(`${ROOT}${f}`, 'full')).toEqual([...(FROM_FULL[f] ?? [])].sort());
    expect(await differences(`${ROOT}${f}`, 'stream')).toEqual([...(FROM_STREAM[f] ?? [])].sort());
  });

  it('types each kind of cell as a clerk would read it', async () => {
    const read = await cells(`${ROOT}data/odd/cell-kinds.xlsx`, 'auto');
    expect(
      Object.fromEntries(
        [...read].filter(([place]) => /^(数据!(C2|E2|F2|H2|B3|C3|D3|E3|G3|A4|E4|B9)|隐藏|深藏)$/.test(place)),
      ),
    ).toEqual({
      '数据!C2': 'text {"text":"富文本 "}',
      '数据!E2': 'text {"text":"内联"}',
      '数据!F2': 'text {"text":"内联富文本"}',
      '数据!H2': 'text {"text":"行一\\n行二\\r"}',
      '数据!B3': 'number {"value":0.125,"numFmt":"0.00%"}',
      '数据!C3': 'number {"value":0.5,"numFmt":"0.0%"}',
      '数据!D3': 'date {"date":"2020-01-01T00:00:00.000Z"}',
      '数据!E3': 'date {"date":"2020-03-10T12:00:00.000Z"}',
      '数据!G3': 'number {"value":1234.5,"numFmt":"#,##0.0 \\"万元\\""}',
      '数据!A4': 'error {"error":"#N/A"}',
      '数据!E4': 'formula-no-result {"formula":"SUM(A3:B3)"}',
      隐藏: 'hidden',
      深藏: 'hidden',
    });
  });

  it('reads the same rows however the XML is cut into chunks', async () => {
    for (const file of ['data/odd/cell-kinds.xlsx', 'data/city-2020.xlsx', 'sample/填报-柯城区.xlsx']) {
      const path = `${ROOT}${file}`;
      const entries = await zipEntries(path);
      const { sheets } = await readWorkbookSheets(path, entries);
      const sheet =
        sheets.find((s) => s.name === '数据' || s.name === '指标数据' || s.name.endsWith('区')) ?? sheets[0];
      if (!sheet) throw new Error(`${file} has no sheet`);
      const xml = await entryBytes(path, sheet.entry);
      const ranges = await sheetMerges(path, sheet.entry);
      const context = {
        strings: await readSharedStrings(path, entries),
        formats: await readCellFormats(path, entries),
      };
      const rowsIn = async (size: number): Promise<GridRow[]> => {
        async function* pieces(): AsyncGenerator<Buffer> {
          for (let at = 0; at < xml.length; at += size) yield xml.subarray(at, at + size);
        }
        const rows: GridRow[] = [];
        for await (const row of sheetRows(pieces(), { ...context, date1904: false, fill: mergeFiller(ranges) }))
          rows.push(row);
        return rows;
      };
      const whole = await rowsIn(xml.length);
      expect(whole.length).toBeGreaterThan(3);
      for (const size of [1, 2, 3, 7, 64, 1000])
        expect(await rowsIn(size), `${file} in ${size}-byte chunks`).toEqual(whole);
    }
  });

  it('a sheet cut off inside its rows is an error, not a shorter table', async () => {
    const cut = Buffer.from('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2');
    const rows = sheetRows(
      (async function* () {
        yield cut;
      })(),
      { strings: [], formats: [], date1904: false, fill: (row) => row },
    );
    await expect(async () => {
      for await (const row of rows) expect(row.row).toBe(1);
    }).rejects.toMatchObject({ reason: 'cut-off' });
  });
});
