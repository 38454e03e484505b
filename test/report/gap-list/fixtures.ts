// Loads what the gap-list, template, carry-over and diff tests share: the mini pack, a 衢州市 profile, the sample reports.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { Pack, Profile, Report } from '../../../src/model/index.js';
import { translator } from '../../../src/i18n/index.js';
import { readPack } from '../../../src/pack/read-pack.js';

import { ROOT } from '../../helpers/paths.js';

export { ROOT };
export const tr = translator('zh');
export const en = translator('en');

export function miniPack(): Pack {
  const read = readPack(resolve(ROOT, 'fixtures/packs/mini'), ROOT, tr);
  if (!read.pack) throw new Error(JSON.stringify(read.problems));
  return read.pack;
}

export function quzhou(extra: Partial<Profile> = {}): Profile {
  return {
    city: '衢州市',
    districts: ['柯城区', '衢江区', '龙游县', '江山市', '常山县', '开化县'],
    year: 2020,
    overrides: {},
    notApplicable: {},
    waivers: [],
    ...extra,
  };
}

/** fixtures/gaps/report-2020.json (before) or report-2020-recheck.json (after two items were fixed). */
export function sampleReport(name: 'report-2020' | 'report-2020-recheck' = 'report-2020'): Report {
  return JSON.parse(readFileSync(resolve(ROOT, `fixtures/gaps/${name}.json`), 'utf8')) as Report;
}

/** The entries of a zip (an xlsx), read with nothing but zlib, to look at the XML exceljs does not expose. */
export function unzip(bytes: Uint8Array): Map<string, { text: string; time: number; date: number }> {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end -= 1;
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map<string, { text: string; time: number; date: number }>();
  for (let n = 0; n < count; n += 1) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, {
      text: (method === 8 ? inflateRawSync(data) : data).toString('utf8'),
      time: buf.readUInt16LE(local + 10),
      date: buf.readUInt16LE(local + 12),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}
