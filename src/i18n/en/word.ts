// English texts of small shared words: punctuation, yes and no, severities, units of a difference: keys word.*.
import type { word as zh } from '../zh/word.js';

export const word: Record<keyof typeof zh, string> = {
  'word.severity.error': 'error',
  'word.severity.warning': 'warning',
  'word.unit.percentage-points': ' percentage points',
  'word.unit.per-mille-points': ' per-mille points',
  'word.city': 'city level',
  'word.comma': ', ',
  'word.list': ', ',
  'word.semicolon': '; ',
  'word.not-applicable': 'marking it not applicable',
  'word.waiver': 'waiving it',
  'word.yes': 'yes',
  'word.no': 'no',
  'word.none': 'none',
};
