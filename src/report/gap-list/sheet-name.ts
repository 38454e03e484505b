// Sheet names Excel accepts: at most 31 characters, none of []:*?/\, unique regardless of case.

export function sheetNamer(reserved: readonly string[]): (wanted: string) => string {
  const used = new Set(reserved.map((n) => n.toLowerCase()));
  return (wanted) => {
    const base =
      wanted
        .replace(/[[\]:*?/\\]/g, '_')
        .replace(/^'+|'+$/g, '')
        .slice(0, 31) || '_';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 31 - String(n).length - 2)}(${n})`;
    used.add(name.toLowerCase());
    return name;
  };
}
