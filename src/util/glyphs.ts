// --ascii: the symbols of the text output that a Chinese Windows console cannot show, as ASCII of the same width.
// The legacy console's font (NSimSun/SimSun) has only GBK's symbols: ✓ ✗ › are not in GBK (a box or ? there), and
// under code page 936 box lines may be drawn two columns wide, breaking the tables. Each replacement is one column
// wide like the symbol it replaces, so tables stay aligned.

export type GlyphTable = Readonly<Record<string, string>>;

export const ASCII_GLYPHS: GlyphTable = {
  '✓': 'v',
  '✗': 'x',
  '›': '>',
  '─': '-',
  '│': '|',
  '┌': '+',
  '┬': '+',
  '┐': '+',
  '├': '+',
  '┼': '+',
  '┤': '+',
  '└': '+',
  '┴': '+',
  '┘': '+',
};

const patterns = new WeakMap<GlyphTable, RegExp>();

/** The text with every symbol of the table replaced. */
export function withGlyphs(text: string, table: GlyphTable): string {
  let pattern = patterns.get(table);
  if (!pattern) {
    pattern = new RegExp(`[${Object.keys(table).join('')}]`, 'gu');
    patterns.set(table, pattern);
  }
  return text.replace(pattern, (symbol) => table[symbol] ?? symbol);
}
