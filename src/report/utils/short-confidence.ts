// A confidence label without its bracketed advice ("推定（请按本市情况调整）" → "推定"), for a column or a note.
import type { Confidence } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';

export function shortConfidence(confidence: Confidence, tr: Translator): string {
  return tr.t(`item.confidence.${confidence}`).replace(/(.*?)\s*[（(].*/, '$1');
}
