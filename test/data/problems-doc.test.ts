// docs/problems.md lists exactly the problem codes of the message catalogue, each with an example and a fix.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/zh/index.js';

const page = readFileSync(fileURLToPath(new URL('../../docs/problems.md', import.meta.url)), 'utf8');
const sections = page.split(/^### /m).slice(1);
const documented = sections.map((s) => /^`([a-z0-9-]+)`/.exec(s)?.[1] ?? s.slice(0, 30));
const catalogue = Object.keys(zh)
  .filter((k) => k.startsWith('problem.'))
  .map((k) => k.slice('problem.'.length));

describe('docs/problems.md', () => {
  it('has a section for every problem code in the catalogue, and none other', () => {
    expect([...documented].sort()).toEqual([...catalogue].sort());
  });

  it('lists each code once', () => {
    expect(new Set(documented).size).toBe(documented.length);
  });

  it.each(sections.map((s) => [documented[sections.indexOf(s)], s]))(
    '%s has a severity, an example and a fix',
    (_code, section) => {
      expect(section).toMatch(/错误|警告/);
      expect(section).toContain('例：');
      expect(section).toContain('修正：');
    },
  );
});
