// Text from a data file going into a CSV or xlsx cell: a leading = + - @ must not become a formula.

export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
