// Remembers a result per distinct string and forgets all once the table is full, so memory stays bounded.

/**
 * The same strings come back on every row (item ids, regions, titles, units): the answer is computed once. A data set
 * with many distinct strings only refills the table; it never grows past `limit` entries.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = 8192): (key: string) => T {
  const table = new Map<string, T>();
  return (key) => {
    const known = table.get(key);
    if (known !== undefined || table.has(key)) return known as T;
    const value = compute(key);
    if (table.size >= limit) table.clear();
    table.set(key, value);
    return value;
  };
}

/**
 * One shared copy of each repeated string, so records of the same region, title or unit point at one string instead
 * of each keeping its own. Bounded like boundedMemo: a string met after the table was cleared is simply kept as is.
 */
export function interner(limit = 8192): (text: string) => string {
  const table = new Map<string, string>();
  return (text) => {
    const known = table.get(text);
    if (known !== undefined) return known;
    if (table.size >= limit) table.clear();
    table.set(text, text);
    return text;
  };
}
