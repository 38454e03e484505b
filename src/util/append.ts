// Appends one array to another in place: push(...items) overflows the call stack past about 125 000 items.
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
