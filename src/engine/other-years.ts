// What other years of an item are on file when the evaluation year is blank ("已有 2017 年 98.7%").
import type { DataRecord } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { unitSuffix } from './units.js';

/** At most this many other years are named, latest first: enough to show the series exists. */
const SHOWN = 2;

function shown(record: DataRecord, unit: string | undefined, tr: Translator): string | undefined {
  const v = record.value;
  if (v.type === 'number') return `${v.value}${unitSuffix(unit)}`;
  if (v.type === 'boolean') return tr.t(v.value ? 'word.yes' : 'word.no');
  if (v.type === 'text') return v.value;
  return undefined;
}

/** '' when no other year has a readable value. */
export function otherYearsText(
  records: readonly DataRecord[],
  year: number,
  unit: string | undefined,
  tr: Translator,
): string {
  const values: string[] = [];
  let more = 0;
  for (const r of records) {
    if (r.year === year) continue;
    const text = shown(r, unit, tr);
    if (text === undefined) continue;
    if (values.length < SHOWN) values.push(tr.t('gap.other-year', { year: r.year, value: text }));
    else more += 1;
  }
  if (!values.length) return '';
  const list = values.join(tr.t('word.list'));
  return more ? tr.t('gap.other-years-more', { list, total: values.length + more }) : tr.t('gap.other-years', { list });
}
