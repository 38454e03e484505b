// Text in a Markdown table cell: | would end the cell, a newline the row, and < could open HTML.

export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ')
    .trim();
}

export function markdownTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [`| ${head.map(markdownCell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`)];
}
