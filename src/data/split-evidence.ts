// The 佐证材料 cell as a list of documents: split on 、 , ; and line breaks (full-width too), placeholders dropped.
import { normaliseText } from '../util/normalise-text.js';
import { isPlaceholder } from '../util/value-words.js';

export function splitEvidence(text: string): string[] {
  return normaliseText(text.replace(/[\r\n]+/g, ';'))
    .split(/[、,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !isPlaceholder(s));
}
