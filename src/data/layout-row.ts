// Rows inside a table that are layout, not data: footer notes, group headings and totals rows.
import { cellAt, type CellContent, type GridRow } from './grid.js';
import { boundedMemo } from '../util/bounded-memo.js';
import type { Lookups } from './lookups.js';
import { matchKey, normaliseText } from '../util/normalise-text.js';

export type LayoutKind = 'note' | 'heading' | 'total';

/** What a footer line starts with ("注：", "说明：", "填报人：张三  联系电话：…"); the text is already half-width. */
const NOTE =
  /^(注|附注|注释|说明|备注|填表说明|填报说明|数据来源|资料来源|来源|填报人|填表人|制表人|审核人|审核|联系人|联系电话|电话|单位负责人|负责人|分管领导|填报日期|填表日期|制表日期|报送日期)\s*[0-9一二三四五六七八九十]*\s*[:.、]/;
/** A footer line that needs no colon. */
const NOTE_ALONE = /^(填表说明|填报说明)$/;
/** "一、…", "(一)…", "第一部分 …": a group heading inside the table. */
const HEADING =
  /^([一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+(部分|章|节|类|项))/;
/** A totals row's label, compared without spaces ("合 计"). */
const TOTAL = /^(全市|全县|全区|本市|本县|本区|总体)?(合计|小计|总计|累计|汇总)$/;

/** Whether a label cell's text is a totals word; asked of the same labels on every row, so remembered. */
const totalLabel = boundedMemo((text: string): boolean => TOTAL.test(matchKey(text.trim())));

/**
 * What kind of layout row this is, or undefined for a row that may hold data. `labels` are the columns that name
 * a row (地区, 指标编号, 指标名称): a totals word there marks a totals row. A merged cell repeats its text in every
 * column it spans, so a heading or note merged across the table is one text, however many cells hold it.
 */
export function layoutRow(
  row: GridRow,
  labels: readonly (number | undefined)[],
  lookups: Lookups,
): LayoutKind | undefined {
  // Called on every row: one pass over the cells, no copies. The leftmost cell and the leftmost text cell count.
  let first: CellContent | undefined;
  let firstColumn = Infinity;
  let firstText: CellContent | undefined;
  let firstTextColumn = Infinity;
  // Keys then get: iterating [column, cell] pairs allocates a pair per cell, and this runs on every row.
  for (const column of row.cells.keys()) {
    const c = row.cells.get(column)!;
    if (c.kind === 'blank') continue;
    if (column < firstColumn) {
      first = c;
      firstColumn = column;
    }
    if (c.kind === 'text' && column < firstTextColumn) {
      firstText = c;
      firstTextColumn = column;
    }
  }
  if (!first) return undefined;
  const lead = first.kind === 'text' ? normaliseText(first.text) : '';
  if (NOTE.test(lead) || NOTE_ALONE.test(lead)) return 'note';
  // The first text, not the first cell: a 序号 column puts a number before the 合计 label.
  const total = (c: CellContent | undefined): boolean => c?.kind === 'text' && totalLabel(c.text);
  if (labels.some((column) => total(cellAt(row, column))) || total(firstText)) return 'total';
  if (first.kind !== 'text') return undefined;
  // One text in every non-blank cell (a merged cell repeats it), or this row holds data.
  for (const c of row.cells.values()) {
    if (c.kind === 'blank') continue;
    if (c.kind !== 'text' || normaliseText(c.text) !== lead) return undefined;
  }
  // A lone text that names an item (a wide row with no figures yet) is still that item's row.
  if (HEADING.test(lead)) return 'heading';
  return lookups.itemById(lead) || lookups.itemByTitle(lead) ? undefined : 'heading';
}
