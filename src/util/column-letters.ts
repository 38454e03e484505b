// A spreadsheet column as Excel names it: 1 → A, 26 → Z, 27 → AA; and back.

/** "A", "B" … "Z", "AA" for a 1-based column. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** 1-based column of letters ("E" → 5). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
