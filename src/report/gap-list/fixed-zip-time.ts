// Sets every entry time of a zip (an xlsx) to one fixed moment, so that the same inputs give the same bytes.
// exceljs stamps entries with the current time and offers no option for it; the DOS time fields are outside the CRCs.

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** MS-DOS date and time words of a UTC moment (2-second resolution, years from 1980). */
function dosTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export function fixZipTimes(bytes: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { time, day } = dosTime(date);
  let end = -1;
  for (let i = out.length - 22; i >= 0; i -= 1) {
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return out;
  const entries = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  for (let n = 0; n < entries && view.getUint32(p, true) === CENTRAL; n += 1) {
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, day, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) === LOCAL) {
      view.setUint16(local + 10, time, true);
      view.setUint16(local + 12, day, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** The moment stamped into a workbook made for an evaluation year: its last day, noon UTC. */
export function workbookDate(year: number): Date {
  return new Date(Date.UTC(year, 11, 31, 12, 0, 0));
}
