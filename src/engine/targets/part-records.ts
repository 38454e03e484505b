// The records of a target made of parts (all, any): each record once, in the order the parts used them.
import type { RecordRef } from '../../model/index.js';
import type { TargetResult } from './types.js';

export function partRecords(parts: readonly TargetResult[]): RecordRef[] {
  const seen = new Set<string>();
  const records: RecordRef[] = [];
  for (const part of parts) {
    for (const ref of part.records) {
      // Two items' records may sit in the same year; the place (file, sheet, cell) tells them apart.
      const key = `${ref.item ?? ''}|${ref.year}|${JSON.stringify(ref.location)}`;
      if (!seen.has(key)) records.push(ref);
      seen.add(key);
    }
  }
  return records;
}
