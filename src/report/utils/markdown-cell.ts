// Text in a Markdown table cell: | would end the cell, a newline the row, and < could open HTML.

export interface CellStyle {
  /** A space (default), or `<br>` where a cell keeps its lines (the gap list, the diff). */
  lineBreak?: ' ' | '<br>';
  /**
   * Leave `<` as written. The report escapes it (its cells hold text from data files); the rules list, the gap list
   * and the diff keep it, as their published outputs (docs/rules.md) always have: there it is a target's operator.
   */
  keepLt?: boolean;
}

export function markdownCell(text: string, { lineBreak = ' ', keepLt = false }: CellStyle = {}): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  return (keepLt ? escaped : escaped.replace(/</g, '&lt;')).replace(/\r?\n/g, lineBreak).trim();
}

/** A table with the `|---|` rule under the header, every cell escaped in one style. */
export function markdownTable(
  head: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  style: CellStyle = {},
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => markdownCell(c, style)).join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)];
}
