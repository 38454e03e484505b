// The lead department as a clerk should read it: with how sure the pack is of it, and the pack's own name when the
// profile gave the department its local name ("衢州海关（推定；规则包中为 属地海关）").
import type { Pack } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { shortConfidence } from './short-confidence.js';

export function leadText(
  pack: Partial<Pick<Pack, 'departments' | 'assignments'>>,
  lead: string,
  tr: Translator,
): string {
  const packName = pack.departments?.find((d) => d.name === lead)?.packName;
  const confidence = pack.assignments ? shortConfidence(pack.assignments.confidence, tr) : undefined;
  const notes = [confidence, packName ? tr.t('rules.show.pack-name', { name: packName }) : undefined].filter(Boolean);
  return notes.length ? tr.t('rules.show.lead-notes', { lead, notes: notes.join(tr.t('word.semicolon')) }) : lead;
}
