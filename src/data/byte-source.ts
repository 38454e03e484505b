// Positioned reads of a file (or of bytes already in memory), so the CSV reader can look ahead and then stream.
import { open, type FileHandle } from 'node:fs/promises';

export interface ByteSource {
  /** The length in bytes, as the file was when opened. */
  readonly size: number;
  /** Up to `length` bytes from `position`; fewer only at the end, none past it. Each call returns a new buffer. */
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

export async function openByteSource(source: string | Uint8Array): Promise<ByteSource> {
  if (typeof source !== 'string') {
    const bytes = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    return {
      size: bytes.length,
      read: (position, length) => Promise.resolve(bytes.subarray(position, position + length)),
      close: () => Promise.resolve(),
    };
  }
  const handle: FileHandle = await open(source, 'r');
  const { size } = await handle.stat().catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  return {
    size,
    async read(position, length) {
      // A fresh buffer each time: the parser may keep the tail of a chunk until the next one arrives.
      const buf = Buffer.allocUnsafe(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buf, filled, length - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === length ? buf : buf.subarray(0, filled);
    },
    close: () => handle.close(),
  };
}
