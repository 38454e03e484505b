// docs/rules.md is generated from the pack; this fails when someone edits the pack and forgets to regenerate it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../src/report/rules/rules-markdown.js';
import { translator } from '../../src/i18n/index.js';
import { loadBuiltinPack, ROOT } from './load-pack.js';

describe('docs/rules.md', () => {
  it('is what `qcc rules list --format markdown --pack rules/quality-city` prints today', () => {
    const { pack } = loadBuiltinPack();
    const current = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    const expected = rulesMarkdown(pack, translator('zh'));
    // Regenerate with: npm run build &&
    //   node bin/qcc.js rules list --format markdown --pack rules/quality-city -o docs/rules.md
    expect(current === expected, 'docs/rules.md is out of date; regenerate it (command in this test)').toBe(true);
  });
});
