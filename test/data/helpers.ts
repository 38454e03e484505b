// Shared by the data tests: the mini pack with the Quzhou profile of fixtures/data, and a reader over fixtures.
import { fileURLToPath } from 'node:url';
import { translator, type Lang } from '../../src/i18n/index.js';
import { readPack } from '../../src/pack/read-pack.js';
import { buildProfile, readProfileFile } from '../../src/pack/read-profile.js';
import { readDataFiles } from '../../src/data/read-data.js';
import type { XlsxReaderMode } from '../../src/data/read-xlsx.js';
import type { Dataset, Item, Pack, Profile } from '../../src/model/index.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/data/', import.meta.url));
export const MINI_PACK = fileURLToPath(new URL('../../fixtures/packs/mini/', import.meta.url));

export function loadMini(lang: Lang = 'zh'): { pack: Pack; profile: Profile } {
  const tr = translator(lang);
  const read = readPack(MINI_PACK, FIXTURES, tr);
  if (!read.pack) throw new Error('mini pack does not load');
  const { profile } = buildProfile(readProfileFile('qcc.yaml', FIXTURES, tr), read.pack, tr);
  return { pack: read.pack, profile };
}

export function miniItem(id: string): Item {
  const item = loadMini().pack.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

export async function readFixtures(
  paths: string[],
  xlsxReader: XlsxReaderMode = 'auto',
  lang: Lang = 'zh',
  cwd = FIXTURES,
): Promise<Dataset> {
  const { pack, profile } = loadMini(lang);
  return readDataFiles(paths, { cwd, tr: translator(lang), pack, profile, xlsxReader });
}

/** [code, place] pairs: "sheet!cell" for spreadsheets, "line:column" for CSV, the file otherwise. */
export function problemPlaces(dataset: Dataset): [string, string][] {
  return dataset.problems.map((p) => {
    const l = p.location;
    const place =
      l.sheet !== undefined
        ? `${l.file}:${l.sheet}!${l.cell ?? l.row ?? ''}`
        : l.line !== undefined
          ? `${l.file}:${l.line}:${l.column ?? ''}`
          : l.file;
    return [p.code, place];
  });
}

/** Records as compact tuples for comparison: [region, item, year, value, where]. */
export function recordTuples(dataset: Dataset): [string, string, number, unknown, string][] {
  return dataset.records.map((r) => {
    const v = r.value;
    const value = v.type === 'number' || v.type === 'boolean' || v.type === 'text' ? v.value : v.type;
    const l = r.location;
    return [r.region, r.item, r.year, value, l.sheet !== undefined ? `${l.sheet}!${l.cell}` : `${l.line}:${l.column}`];
  });
}
