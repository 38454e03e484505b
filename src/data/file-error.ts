// A data file that cannot be read, as a problem code with its parameters: the readers have no translator, so the
// caller (read-data) turns it into a Problem naming the file and the place.
import type { ProblemCode, ProblemParams } from '../wording/problem.js';

export class FileReadError<C extends ProblemCode = ProblemCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: Omit<ProblemParams<C>, 'file'>,
    /** The line (CSV) where the trouble is, when known. */
    readonly line?: number,
    /** The library's or the parser's own text, shown only with --verbose. */
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'FileReadError';
  }
}
