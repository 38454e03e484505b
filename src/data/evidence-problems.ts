// Before the check: a record whose item requires 佐证材料 but lists fewer entries than required, warned at its cell.
import type { DataRecord, Pack, Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';
import { sortProblems } from '../util/sort-problems.js';
import { atColumn } from '../util/cell-location.js';

/** The 佐证材料 cell when the table has one, else the value cell. */
const where = (record: DataRecord) =>
  record.evidenceColumn === undefined ? record.location : atColumn(record.location, record.evidenceColumn);

/**
 * One `evidence-too-few` warning per record that answers its item (是, a figure, a grade) while listing fewer
 * evidence entries than the item's min_evidence. A 否 or a blank is not warned: the item fails on its own there.
 * The check fails such an item all the same; this says so while the clerk can still fill in the file names.
 */
export function evidenceProblems(records: readonly DataRecord[], pack: Pack, tr: Translator): Problem[] {
  const items = new Map(pack.items.map((i) => [i.id, i]));
  const out: Problem[] = [];
  for (const record of records) {
    const item = items.get(record.item);
    if (!item || item.minEvidence <= 0 || record.evidence.length >= item.minEvidence) continue;
    const v = record.value;
    const answered = v.type === 'boolean' ? v.value : v.type === 'number' || v.type === 'text';
    if (!answered) continue;
    const kinds = item.evidence.length
      ? tr.t('data.evidence.kinds', { kinds: item.evidence.join(tr.t('word.list')) })
      : '';
    out.push(
      makeProblem(tr, 'evidence-too-few', 'warning', where(record), {
        item: item.id,
        region: record.region,
        year: record.year,
        required: item.minEvidence,
        listed: record.evidence.length,
        kinds,
      }),
    );
  }
  return sortProblems(out);
}
