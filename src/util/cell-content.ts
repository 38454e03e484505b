// A cell's content as a file stores it (or a case file writes it), before it is read for an item's measure.

export type CellContent =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; numFmt?: string }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; date: Date }
  | { kind: 'error'; error: string }
  /** A formula whose result the writer never computed (files written by scripts). */
  | { kind: 'formula-no-result'; formula: string };
