// Adds qcc's mark (a custom document property, docProps/custom.xml) to an xlsx from exceljs, which cannot add one.
import { inflateRawSync } from 'node:zlib';
import { customPropertiesXml, type QccWorkbookKind } from '../../util/qcc-marker.js';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const CUSTOM_PART = 'docProps/custom.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const ROOT_RELS = '_rels/.rels';

interface Entry {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  time: number;
  day: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The entries of a zip, from its central directory (sizes there are right even when local headers defer them). */
function readEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= 0; i -= 1) {
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file');
  const entries: Entry[] = [];
  let p = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0 && view.getUint32(p, true) === CENTRAL; n -= 1) {
    const nameLength = view.getUint16(p + 28, true);
    const compressed = view.getUint32(p + 20, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('broken zip entry');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: bytes.subarray(p + 46, p + 46 + nameLength),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      size: view.getUint32(p + 24, true),
      data: bytes.subarray(start, start + compressed),
      time: view.getUint16(p + 12, true),
      day: view.getUint16(p + 14, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

function stored(name: string, text: string, like: Entry): Entry {
  const data = new TextEncoder().encode(text);
  return {
    name: new TextEncoder().encode(name),
    method: 0,
    crc: crc32(data),
    size: data.length,
    data,
    time: like.time,
    day: like.day,
  };
}

function textOf(entry: Entry): string {
  const raw = entry.method === 8 ? inflateRawSync(entry.data) : entry.data;
  return new TextDecoder().decode(raw);
}

/** Writes the entries as a zip: local headers with sizes (no data descriptors), central directory, end record. */
function writeZip(entries: readonly Entry[]): Uint8Array {
  const size = entries.reduce((sum, e) => sum + 30 + e.name.length + e.data.length + 46 + e.name.length, 22);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (const e of entries) {
    offsets.push(p);
    view.setUint32(p, LOCAL, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 0x0800, true); // names are UTF-8
    view.setUint16(p + 8, e.method, true);
    view.setUint16(p + 10, e.time, true);
    view.setUint16(p + 12, e.day, true);
    view.setUint32(p + 14, e.crc, true);
    view.setUint32(p + 18, e.data.length, true);
    view.setUint32(p + 22, e.size, true);
    view.setUint16(p + 26, e.name.length, true);
    view.setUint16(p + 28, 0, true);
    out.set(e.name, p + 30);
    out.set(e.data, p + 30 + e.name.length);
    p += 30 + e.name.length + e.data.length;
  }
  const directory = p;
  entries.forEach((e, i) => {
    view.setUint32(p, CENTRAL, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, 0x0800, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint16(p + 12, e.time, true);
    view.setUint16(p + 14, e.day, true);
    view.setUint32(p + 16, e.crc, true);
    view.setUint32(p + 20, e.data.length, true);
    view.setUint32(p + 24, e.size, true);
    view.setUint16(p + 28, e.name.length, true);
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(e.name, p + 46);
    p += 46 + e.name.length;
  });
  view.setUint32(p, END, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - directory, true);
  view.setUint32(p + 16, directory, true);
  return out;
}

/**
 * The zip with some entries' text changed (or added, when edit is given no text): each edit gets the entry's current
 * text, or undefined for a new entry. The edited entries are stored uncompressed; the others are copied byte for byte.
 */
export function editZip(bytes: Uint8Array, edits: Record<string, (text: string | undefined) => string>): Uint8Array {
  const entries = readEntries(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const at = entries.findIndex((e) => new TextDecoder().decode(e.name) === name);
    const entry = entries[at];
    const updated = stored(name, edit(entry ? textOf(entry) : undefined), entry ?? entries[0]!);
    if (at >= 0) entries[at] = updated;
    else entries.push(updated);
  }
  return writeZip(entries);
}

/**
 * The workbook with `qcc:kind` set: docProps/custom.xml added, and declared in [Content_Types].xml and _rels/.rels
 * as Excel requires.
 */
export function markWorkbook(bytes: Uint8Array, kind: QccWorkbookKind): Uint8Array {
  const override =
    `<Override PartName="/${CUSTOM_PART}" ` +
    'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>';
  const relation = `<Relationship Id="rIdQccKind" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="${CUSTOM_PART}"/>`;
  const required = (text: string | undefined, name: string): string => {
    if (text === undefined) throw new Error(`unexpected workbook layout: no ${name}`);
    return text;
  };
  return editZip(bytes, {
    [CONTENT_TYPES]: (text) => required(text, CONTENT_TYPES).replace('</Types>', `${override}</Types>`),
    [ROOT_RELS]: (text) => required(text, ROOT_RELS).replace('</Relationships>', `${relation}</Relationships>`),
    [CUSTOM_PART]: () => customPropertiesXml(kind),
  });
}
