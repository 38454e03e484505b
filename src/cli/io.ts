// What the CLI needs from the outside world, passed in so that tests run main() in-process.

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input, for `-` as a data file; absent: nothing to read. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Today's date (YYYY-MM-DD) for waiver expiry; tests pin it. Default: the system date. */
  today?: string;
}
