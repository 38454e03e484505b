// Baseline: what csv-parse alone costs to stream a file and count its rows (no decoding beyond UTF-8, no records).
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let rows = 0;
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- only counted
for await (const _row of createReadStream(process.argv[2]).pipe(parse({ bom: true, relax_column_count: true }))) {
  rows += 1;
}
process.stdout.write(`${rows}\n`);
