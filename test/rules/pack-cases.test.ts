// The pack's own cases (rules/quality-city/tests/*.yaml) are complete: every item has a passing and a failing case,
// every compare/trend/benchmark item its boundary and missing cases, and every case names real items and statuses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBuiltinPack, PACK_DIR } from './load-pack.js';

const STATUSES = ['pass', 'fail', 'missing', 'invalid', 'not-applicable', 'waived'];

interface CaseFile {
  profile?: { city?: string; districts?: string[]; overrides?: Record<string, { target: unknown; reason: string }> };
  cases: {
    name: string;
    year: number;
    records: { item: string; region?: string; year: number; value: unknown }[];
    expect: Record<string, string>;
  }[];
}

const dir = join(PACK_DIR, 'tests');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const parsed = files.map((f) => ({ file: f, data: parse(readFileSync(join(dir, f), 'utf8')) as CaseFile }));

describe('pack cases of quality-city', () => {
  const { pack } = loadBuiltinPack();
  const ids = new Set(pack.items.map((i) => i.id));
  /** item id → statuses expected for it, split by whether the case profile overrides its target. */
  const plain = new Map<string, Set<string>>();
  const overridden = new Map<string, Set<string>>();
  for (const { data } of parsed) {
    for (const c of data.cases) {
      for (const [key, status] of Object.entries(c.expect)) {
        const id = key.split('@')[0] ?? key;
        const map = data.profile?.overrides?.[id] ? overridden : plain;
        if (!map.has(id)) map.set(id, new Set());
        map.get(id)?.add(status);
      }
    }
  }

  it('every case names known items, regions of its profile and known statuses', () => {
    for (const { file, data } of parsed) {
      const regions = new Set(data.profile?.districts ?? []);
      for (const c of data.cases) {
        for (const r of c.records) {
          expect(ids.has(r.item), `${file} › ${c.name}: ${r.item}`).toBe(true);
          if (r.region) expect(regions.has(r.region), `${file} › ${c.name}: ${r.region}`).toBe(true);
        }
        for (const [key, status] of Object.entries(c.expect)) {
          const [id, region] = key.split('@');
          expect(ids.has(id ?? ''), `${file} › ${c.name}: ${key}`).toBe(true);
          if (region) expect(regions.has(region), `${file} › ${c.name}: ${key}`).toBe(true);
          expect(STATUSES, `${file} › ${c.name}`).toContain(status);
        }
      }
    }
  });

  it.each(
    pack.items
      .filter((i) => i.target.kind === 'yes-no' && i.minEvidence > 0)
      .map((i) => [i.id, i.minEvidence] as const),
  )('yes-no item %s (at least %i evidence) has a case where 是 with too little evidence fails', (id, required) => {
    const found = parsed.some(({ data }) =>
      data.cases.some(
        (c) =>
          c.records.some(
            (r) =>
              r.item === id && r.value === true && ((r as { evidence?: unknown[] }).evidence ?? []).length < required,
          ) && Object.entries(c.expect).some(([key, status]) => key.split('@')[0] === id && status === 'fail'),
      ),
    );
    expect(found).toBe(true);
  });

  it('has unique case names within each file', () => {
    for (const { data } of parsed) expect(new Set(data.cases.map((c) => c.name)).size).toBe(data.cases.length);
  });

  it.each(pack.items.filter((i) => i.partOf === undefined).map((i) => [i.id, i] as const))(
    'item %s has a passing and a failing case',
    (id, item) => {
      const statuses = item.target.kind === 'unset' ? overridden.get(id) : plain.get(id);
      expect([...(statuses ?? [])]).toEqual(expect.arrayContaining(['pass', 'fail', 'missing']));
      if (item.target.kind === 'unset') expect([...(plain.get(id) ?? [])]).toContain('missing');
    },
  );

  // A component has no outcome: cases holding its figure show that its parent passes, fails and is missing by it.
  it.each(pack.items.filter((i) => i.partOf !== undefined).map((i) => [i.id, i.partOf ?? ''] as const))(
    'component %s has cases through its parent %s: pass, fail and missing',
    (id, parent) => {
      const statuses = parsed.flatMap(({ data }) =>
        data.cases
          .filter((c) => c.records.some((r) => r.item === id))
          .flatMap((c) => Object.entries(c.expect).filter(([key]) => key.split('@')[0] === parent))
          .map(([, status]) => status),
      );
      expect(statuses).toEqual(expect.arrayContaining(['pass', 'fail', 'missing']));
    },
  );

  it('tests a benchmark year the pack has no value for as missing', () => {
    for (const item of pack.items.filter((i) => i.target.kind === 'benchmark')) {
      const names = parsed.flatMap(({ data }) =>
        data.cases.filter((c) => c.expect[item.id] === 'missing').map((c) => c.name),
      );
      expect(
        names.some((n) => n.includes('无基准值')),
        item.id,
      ).toBe(true);
    }
  });
});
