// Checks an item's evidence (佐证材料): enough entries listed, and with --evidence-dir every listed file present.
import type { DataRecord, Item, Outcome } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import type { TargetResult } from './targets/types.js';

export interface EvidenceDir {
  /** The folder as shown to the user. */
  shown: string;
  exists: (relativePath: string) => boolean;
}

/**
 * Evidence matters for items that require it (min_evidence) and, with --evidence-dir, for any record that
 * lists files. A value that meets its target but lacks evidence fails, and the gap names what is missing;
 * a value that already fails keeps its own gap.
 */
export function checkEvidence(
  item: Item,
  record: DataRecord | undefined,
  result: TargetResult,
  dir: EvidenceDir | undefined,
  tr: Translator,
): Outcome['evidence'] | undefined {
  const listed = record?.evidence ?? [];
  const required = item.minEvidence;
  if (required <= 0 && !(dir && listed.length)) return undefined;
  if (!record || result.status === 'missing' || result.status === 'invalid') {
    return required > 0 ? { listed, required, verified: false, missingFiles: [] } : undefined;
  }
  const enough = listed.length >= required;
  if (required > 0)
    result.steps.push(
      tr.t('step.evidence', {
        listed: listed.length,
        required,
        result: tr.t(enough ? 'step.result.yes' : 'step.result.no'),
      }),
    );
  const missingFiles = dir ? listed.filter((f) => !dir.exists(f)) : [];
  if (dir) {
    const files = missingFiles.join(tr.t('word.list'));
    result.steps.push(
      tr.t('step.evidence-verified', {
        dir: dir.shown,
        result: missingFiles.length ? tr.t('step.evidence-files-missing', { files }) : tr.t('step.result.yes'),
      }),
    );
  } else if (listed.length) {
    result.steps.push(tr.t('step.evidence-unverified'));
  }
  const evidence: NonNullable<Outcome['evidence']> = { listed, required, verified: Boolean(dir), missingFiles };
  if (result.status === 'pass' && !enough) {
    result.status = 'fail';
    result.gap = { text: tr.t('gap.evidence-short', { required, listed: listed.length }) };
    evidence.shortfall = 'too-few';
  } else if (result.status === 'pass' && missingFiles.length && dir) {
    result.status = 'fail';
    result.gap = { text: tr.t('gap.evidence-files', { files: missingFiles.join(tr.t('word.list')), dir: dir.shown }) };
    evidence.shortfall = 'files-missing';
  }
  return evidence;
}
