// Whether bytes arriving in chunks are valid UTF-8 as a whole: a character split between two chunks is carried over.
import { isUtf8 } from 'node:buffer';

export class Utf8Check {
  private carry: Buffer = Buffer.alloc(0);
  private valid = true;

  /** Adds the next chunk; false as soon as the bytes so far cannot be UTF-8. */
  push(chunk: Buffer): boolean {
    if (!this.valid) return false;
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const complete = completeLength(bytes);
    this.carry = Buffer.from(bytes.subarray(complete));
    this.valid = isUtf8(bytes.subarray(0, complete));
    return this.valid;
  }

  /** Whether every byte pushed was valid UTF-8, with no character cut off at the end. */
  end(): boolean {
    return this.valid && this.carry.length === 0;
  }
}

/** Where a character that the bytes' end cuts short begins (the length itself when none is cut short). */
function completeLength(bytes: Buffer): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back += 1) {
    const byte = bytes[n - back] as number;
    if (byte < 0x80) return n;
    if (byte >= 0xc0) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < need ? n - back : n;
    }
  }
  return n;
}
