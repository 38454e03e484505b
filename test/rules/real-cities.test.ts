// Cities named 全国质量强市示范城市 pass the built-in pack's defaults on their own published figures: each folder
// of fixtures/real-cities holds a profile and figures typed from bulletins, evaluated year by year with the pack as is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { buildProfile, readProfileFile } from '../../src/pack/read-profile.js';
import { readDataFiles } from '../../src/data/read-data.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { DataRecord } from '../../src/model/index.js';
import { loadBuiltinPack, ROOT } from './load-pack.js';

const DIR = join(ROOT, 'fixtures', 'real-cities');
const tr = translator('zh');
const { pack } = loadBuiltinPack();

const folders = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function load(folder: string) {
  const cwd = join(DIR, folder);
  const file = readProfileFile('qcc.yaml', cwd, tr);
  const built = buildProfile(file, pack, tr);
  const csv = readdirSync(cwd)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  const dataset = await readDataFiles(csv, { cwd, tr, pack, profile: built.profile });
  const problems = [...file.problems, ...built.problems, ...dataset.problems];
  return { cwd, profile: built.profile, dataset, problems };
}

function yearsOf(records: DataRecord[], city: string): number[] {
  return [...new Set(records.filter((r) => r.region === city).map((r) => r.year))].sort();
}

describe('the folders hold at least two accepted cities', () => {
  it('has two or more city folders', () => {
    expect(folders.length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(folders)('fixtures/real-cities/%s', async (folder) => {
  const { cwd, profile, dataset, problems } = await load(folder);
  const city = profile.city ?? '';

  it('reads without errors: every figure is the city’s own, names a pack item and carries its source', () => {
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
    expect(city).not.toBe('');
    expect(profile.overrides, 'the defaults are what is checked, so the profile overrides nothing').toEqual({});
    const ids = new Set(pack.items.map((i) => i.id));
    expect(dataset.records.length).toBeGreaterThan(0);
    for (const r of dataset.records) {
      const at = `${r.item} ${r.year}`;
      expect(r.region, at).toBe(city);
      expect(ids.has(r.item), at).toBe(true);
      expect(r.value.type, at).toBe('number');
      expect(r.note ?? '', `${at}: 备注 names the source`).not.toBe('');
      expect(r.evidence.length, `${at}: 佐证材料 names the document`).toBeGreaterThan(0);
    }
  });

  it('has a row in SOURCES.md for every figure: item, year and the value as typed', () => {
    // A table row's first three cells, trimmed: | 8.1.2 | 2018 | 83.8 | … (however the columns are padded).
    const rows = readFileSync(join(cwd, 'SOURCES.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .split('|')
          .slice(1, 4)
          .map((cell) => cell.trim())
          .join(' | '),
      );
    for (const r of dataset.records) expect(rows, `${r.item} ${r.year}`).toContain(`${r.item} | ${r.year} | ${r.raw}`);
    for (const b of dataset.benchmarks) {
      expect(rows, `${b.benchmark} ${b.year}`).toContain(`${b.benchmark} | ${b.year} | ${b.value}`);
    }
  });

  it.each(yearsOf(dataset.records, city))('no default threshold fails the city’s own figures of %i', (year) => {
    const report = evaluate({
      pack,
      profile,
      dataset,
      year,
      today: `${year}-12-31`,
      tool: { name: 'qcc', version: '0.0.0' },
      tr,
    });
    const figure = (item: string) =>
      dataset.records.find((r) => r.region === city && r.item === item && r.year === year);
    const failed = report.outcomes
      .filter((o) => o.region === city && figure(o.item) && o.status === 'fail')
      .map((o) => {
        const r = figure(o.item);
        const typed = `${year} 年 ${r?.raw ?? ''}${o.unit ?? ''}`;
        return `${o.item} ${o.title}: ${typed}，默认要求 ${o.target.text}（${o.gap?.text ?? ''}）；来源：${r?.note ?? ''}`;
      });
    expect(failed, `${city} ${year}`).toEqual([]);
  });
});
