// What lives outside a kind's module stays in step with it: the editors' schema and the pack format page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_KINDS, targetModule } from '../../src/engine/targets/index.js';
import { ROOT } from '../helpers/paths.js';

const items = JSON.parse(readFileSync(join(ROOT, 'src/pack/schema/items.schema.json'), 'utf8')) as {
  $defs: { target: { properties: Record<string, unknown> } };
};
const inFile = items.$defs.target.properties;

describe('target schema', () => {
  it.each(TARGET_KINDS)('%s: its schema fragment is what items.schema.json has for those keys', (kind) => {
    const fragment = targetModule(kind).schema;
    const fromFile = Object.fromEntries(Object.keys(fragment).map((key) => [key, inFile[key]]));
    expect(fromFile).toEqual(fragment);
  });

  it('every property of a target in items.schema.json belongs to some kind', () => {
    const owned = new Set(TARGET_KINDS.flatMap((kind) => Object.keys(targetModule(kind).schema)));
    expect(Object.keys(inFile).filter((key) => !owned.has(key))).toEqual([]);
  });

  it('a kind that shares a key with another (op) gives it the same schema', () => {
    for (const a of TARGET_KINDS) {
      for (const b of TARGET_KINDS) {
        const [sa, sb] = [targetModule(a).schema, targetModule(b).schema];
        for (const key of Object.keys(sa).filter((k) => k in sb)) expect(sa[key], `${a}/${b}: ${key}`).toEqual(sb[key]);
      }
    }
  });

  it('every key a kind may have in YAML is in its schema fragment', () => {
    for (const kind of TARGET_KINDS) {
      const { yaml, schema } = targetModule(kind);
      expect(
        yaml.keys.filter((k) => !(k in schema)),
        kind,
      ).toEqual([]);
      expect(yaml.keys, kind).toContain(yaml.marker);
    }
  });
});

describe('docs/pack-format.md', () => {
  const page = readFileSync(join(ROOT, 'docs/pack-format.md'), 'utf8');
  const start = page.indexOf('## 达标要求（target）的写法');
  const section = page.slice(start, page.indexOf('\n## ', start + 1));

  it.each(TARGET_KINDS)('%s: the targets table shows how it is written', (kind) => {
    const { marker } = targetModule(kind).yaml;
    expect(start).toBeGreaterThan(-1);
    expect(section).toMatch(new RegExp(`^\\|[^\\n]*\`\\{[^\`]*\\b${marker}:`, 'm'));
  });
});
