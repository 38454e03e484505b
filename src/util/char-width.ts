// Columns one code point takes in a terminal (CJK = 2): shared by the report's tables and the CLI's progress line.
// The wide ranges mirror those cli-table3 pads with (string-width 4), so our wrapping and its padding agree.

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x3247],
  [0x3250, 0x4dbf],
  [0x4e00, 0xa4c6],
  [0xa960, 0xa97c],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6b],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
  [0x1b000, 0x1b001],
  [0x1f200, 0x1f251],
  [0x20000, 0x3fffd],
];

/** Columns one code point takes: 0 for control and combining marks, 2 for wide (CJK), else 1. */
export function charWidth(codePoint: number): number {
  // Plain ASCII first: most of a report's text. The loops are indexed: a table measures every character it wraps.
  if (codePoint < 0x20) return 0;
  if (codePoint < 0x7f) return 1;
  if (codePoint < 0xa0) return 0;
  if (codePoint >= 0x300 && codePoint <= 0x36f) return 0;
  if (codePoint === 0x200b || codePoint === 0xfe0f) return 0;
  if (codePoint < 0x1100) return 1;
  for (let i = 0; i < WIDE.length; i += 1) {
    const range = WIDE[i]!;
    if (codePoint >= range[0] && codePoint <= range[1]) return 2;
  }
  return 1;
}
