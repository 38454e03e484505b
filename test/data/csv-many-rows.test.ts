// A CSV past the size where spreading arrays into calls overflowed the stack: every row read, every problem counted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { readPack } from '../../src/pack/read-pack.js';
import { buildProfile, readProfileFile } from '../../src/pack/read-profile.js';
import { readDataFiles } from '../../src/data/read-data.js';
import { REPEAT_LIMIT } from '../../src/data/summarise-repeats.js';
import { MIN_YEAR, MAX_YEAR } from '../../src/data/read-year.js';
import { FIXTURES, MINI_PACK } from './helpers.js';

const temp = mkdtempSync(join(tmpdir(), 'qcc-csv-many-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const YEARS = MAX_YEAR - MIN_YEAR + 1;
const REGIONS = Array.from({ length: 1200 }, (_, i) => `第${String(i + 1).padStart(4, '0')}区`);
const ROWS = REGIONS.length * YEARS; // over 130 000: one row per region and year of one item

/** A file of ROWS data rows after the header (line 1), each with `value`; its path and a reader for it. */
function bigCsv(name: string, value: string) {
  const lines = ['地区,指标编号,年度,数值'];
  for (const region of REGIONS)
    for (let y = MIN_YEAR; y <= MAX_YEAR; y += 1) lines.push(`${region},6.3.1,${y},${value}`);
  writeFileSync(join(temp, name), `${lines.join('\r\n')}\r\n`);
  const tr = translator('zh');
  const read = readPack(MINI_PACK, FIXTURES, tr);
  if (!read.pack) throw new Error('mini pack does not load');
  writeFileSync(join(temp, 'qcc.yaml'), `pack: ${MINI_PACK}\ncity: 衢州市\ndistricts: [${REGIONS.join(', ')}]\n`);
  const { profile } = buildProfile(readProfileFile('qcc.yaml', temp, tr), read.pack, tr);
  return readDataFiles([name], { cwd: temp, tr, pack: read.pack, profile });
}

describe(`a CSV of ${ROWS.toLocaleString('en')} rows`, () => {
  it('gives every record, numbered by its line', async () => {
    expect(ROWS).toBeGreaterThan(130_000);
    const ds = await bigCsv('valid.csv', '99.5');
    expect(ds.problems).toEqual([]);
    expect(ds.records).toHaveLength(ROWS);
    expect(ds.records[0]).toMatchObject({ region: REGIONS[0], year: MIN_YEAR, location: { line: 2, column: 4 } });
    expect(ds.records.at(-1)).toMatchObject({ region: REGIONS.at(-1), year: MAX_YEAR, location: { line: ROWS + 1 } });
  });

  it('with a problem on every row lists the first thousand and counts the rest in one summary', async () => {
    const ds = await bigCsv('invalid.csv', '不详');
    expect(ds.problems).toHaveLength(REPEAT_LIMIT + 1);
    const listed = ds.problems.filter((p) => p.code !== 'problems-repeated');
    const code = listed[0]?.code;
    expect(listed).toHaveLength(REPEAT_LIMIT);
    expect(listed.every((p) => p.code === code)).toBe(true);
    expect(listed[0]?.location).toMatchObject({ file: 'invalid.csv', line: 2, column: 4 });
    expect(listed.at(-1)?.location).toMatchObject({ line: REPEAT_LIMIT + 1, column: 4 });
    const summary = ds.problems.find((p) => p.code === 'problems-repeated');
    expect(summary).toMatchObject({
      severity: 'error',
      location: { file: 'invalid.csv' },
      repeats: ROWS - REPEAT_LIMIT,
    });
    expect(summary?.message).toContain(`还有 ${ROWS - REPEAT_LIMIT} 处同样的问题 [${code}]`);
    const places = ds.problems.reduce((n, p) => n + (p.repeats ?? 1), 0);
    expect(places).toBe(ROWS);
  });
});
