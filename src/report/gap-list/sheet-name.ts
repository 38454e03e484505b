// Sheet names Excel accepts: at most 31 characters, none of []:*?/\, not "History", unique regardless of case.

/** Excel keeps this name for its own change-history sheet and refuses a workbook that uses it. */
const EXCEL_RESERVED = ['history'];

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** At most `max` UTF-16 units, never ending in half of a surrogate pair (which Excel shows as �). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

export function sheetNamer(reserved: readonly string[]): (wanted: string) => string {
  const used = new Set([...EXCEL_RESERVED, ...reserved.map((n) => n.toLowerCase())]);
  return (wanted) => {
    const base =
      cut(
        wanted
          .replace(/[[\]:*?/\\]/g, '_')
          // Control characters (a pasted tab, a bell) are not allowed in a sheet name.
          .replace(CONTROL, '')
          .replace(/^'+|'+$/g, ''),
        31,
      ) || '_';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${cut(base, 31 - String(n).length - 2)}(${n})`;
    used.add(name.toLowerCase());
    return name;
  };
}
