// The --format choices that commands register (without loading a formatter) are exactly each registry's formats.
import { describe, expect, it } from 'vitest';
import {
  CHECK_FORMATS,
  DIFF_FORMATS,
  GAP_LIST_FORMATS,
  RULES_FORMATS,
  VALIDATION_FORMATS,
} from '../../src/report/format-names.js';
import { formatNames } from '../../src/report/formatter.js';
import { formatters } from '../../src/report/formatters/index.js';
import { validationFormatters } from '../../src/report/validation/index.js';
import { gapListFormatters } from '../../src/report/gap-list/index.js';
import { diffFormatters } from '../../src/report/diff/index.js';
import { rulesFormatters } from '../../src/report/rules/index.js';

describe('format names', () => {
  // Same names in the same order: help lists them in this order, and the first may be the default.
  it.each([
    ['check', CHECK_FORMATS, formatters],
    ['validate', VALIDATION_FORMATS, validationFormatters],
    ['gaps', GAP_LIST_FORMATS, gapListFormatters],
    ['diff', DIFF_FORMATS, diffFormatters],
    ['rules list', RULES_FORMATS, rulesFormatters],
  ] as const)('%s offers every format its registry has, and no other', (_command, names, registry) => {
    expect([...names]).toEqual(formatNames(registry));
  });
});
