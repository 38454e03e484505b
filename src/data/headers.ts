// The column headers the reader recognises, Chinese and English; the data-entry template writes the first name of each.
import type { CellContent, GridRow } from './grid.js';
import { matchKey } from '../util/normalise-text.js';
import { cellText } from '../util/cell-text.js';
import { readYear } from './read-year.js';

export type RecordField = 'region' | 'item' | 'title' | 'year' | 'value' | 'unit' | 'reporter' | 'evidence' | 'note';
export type BenchmarkField = 'benchmark' | 'year' | 'value' | 'source';

/** Long layout: field → header names, the first being the one the template writes. */
export const RECORD_HEADERS: Readonly<Record<RecordField, readonly string[]>> = {
  region: ['地区', '区域', '县(市、区)', '县(市,区)', '县市区', '行政区', '行政区划', '地区名称', 'region'],
  item: ['指标编号', '编号', '考核项编号', '指标代码', '指标序号', 'item', 'itemid', 'id'],
  title: ['指标名称', '考核项', '考核项名称', '指标', '名称', 'title', 'indicator'],
  year: ['年度', '年份', '年', '考核年度', 'year'],
  value: ['数值', '指标值', '完成值', '实际值', '数据', '值', 'value'],
  unit: ['单位', '计量单位', 'unit'],
  reporter: ['填报单位', '报送单位', '填报部门', '责任单位', 'reporter'],
  // The template writes 佐证材料（标★须填）: ★ rows need evidence.
  evidence: ['佐证材料', '佐证', '证明材料', '佐证材料清单', '佐证材料(标★须填)', 'evidence'],
  note: ['备注', '说明', 'note', 'remark', 'remarks'],
};

/** The order of the long layout's columns in the data-entry template. */
export const RECORD_FIELD_ORDER: readonly RecordField[] = [
  'region',
  'item',
  'title',
  'year',
  'value',
  'unit',
  'reporter',
  'evidence',
  'note',
];

/** The 基准值 sheet. */
export const BENCHMARK_HEADERS: Readonly<Record<BenchmarkField, readonly string[]>> = {
  benchmark: ['基准编号', '基准值编号', 'benchmark', 'benchmarkid'],
  year: RECORD_HEADERS.year,
  value: RECORD_HEADERS.value,
  source: ['来源', '数据来源', 'source'],
};

export const BENCHMARK_FIELD_ORDER: readonly BenchmarkField[] = ['benchmark', 'year', 'value', 'source'];

/** The sheet name that holds benchmark values. */
export const BENCHMARK_SHEET = '基准值';

function lookup<F extends string>(table: Readonly<Record<F, readonly string[]>>): Map<string, F> {
  const map = new Map<string, F>();
  for (const [field, names] of Object.entries(table) as [F, readonly string[]][]) {
    for (const name of names) map.set(matchKey(name), field);
  }
  return map;
}

const RECORD_LOOKUP = lookup(RECORD_HEADERS);
const BENCHMARK_LOOKUP = lookup(BENCHMARK_HEADERS);

/** A header text without a trailing unit in brackets: "数值(%)" → "数值". */
function headerKey(text: string): string {
  return matchKey(text).replace(/[((][^()()]*[))]$/, '') || matchKey(text);
}

export interface HeaderRow<F extends string> {
  row: number;
  columns: Partial<Record<F, number>>;
  /** Wide layout: year → column. */
  years: Map<number, number>;
}

function readHeader<F extends string>(row: GridRow, table: Map<string, F>): HeaderRow<F> {
  const columns: Partial<Record<F, number>> = {};
  const years = new Map<number, number>();
  for (const [column, content] of [...row.cells].sort((a, b) => a[0] - b[0])) {
    const text = cellText(content);
    if (!text) continue;
    const field = table.get(matchKey(text)) ?? table.get(headerKey(text));
    if (field !== undefined) {
      if (columns[field] === undefined) columns[field] = column;
      continue;
    }
    const year = yearHeader(content);
    if (year !== undefined && !years.has(year)) years.set(year, column);
  }
  return { row: row.row, columns, years };
}

/** A wide layout's year column header: 2019, "2019", "2019年", "2019年度". */
function yearHeader(content: CellContent): number | undefined {
  if (content.kind === 'number' || content.kind === 'text') {
    const year = readYear(content);
    return year.ok ? year.year : undefined;
  }
  return undefined;
}

/** A row is the record header when it names the item (id or title) and one more field or year column. */
export function recordHeader(row: GridRow): HeaderRow<RecordField> | undefined {
  const header = readHeader(row, RECORD_LOOKUP);
  const c = header.columns;
  const hasItem = c.item !== undefined || c.title !== undefined;
  const others = Object.keys(c).length - (c.item !== undefined ? 1 : 0) - (c.title !== undefined ? 1 : 0);
  return hasItem && (others >= 1 || header.years.size > 0) ? header : undefined;
}

/** A row is the benchmark header when it names the benchmark id. */
export function benchmarkHeader(row: GridRow): HeaderRow<BenchmarkField> | undefined {
  const header = readHeader(row, BENCHMARK_LOOKUP);
  return header.columns.benchmark !== undefined ? header : undefined;
}

/** How many rows from the top the header may sit (below title rows). */
export const HEADER_SEARCH_ROWS = 20;
