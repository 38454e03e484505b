// A hand-typed CSV of figures copied from bulletins, read with the built-in pack: units in the cell, signed growth,
// 100-point scores, yes-no words, and the unit slips that plausibility catches, each at its own line.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { readPack } from '../../src/pack/read-pack.js';
import { buildProfile, readProfileFile } from '../../src/pack/read-profile.js';
import { readDataFiles } from '../../src/data/read-data.js';
import { PACK_DIR } from '../rules/load-pack.js';

const DIR = fileURLToPath(new URL('../../fixtures/data/bulletin/', import.meta.url));

async function read() {
  const tr = translator('zh');
  const pack = readPack(PACK_DIR, DIR, tr).pack!;
  const { profile } = buildProfile(readProfileFile('qcc.yaml', DIR, tr), pack, tr);
  return readDataFiles(['bulletin.csv'], { cwd: DIR, tr, pack, profile });
}

describe('fixtures/data/bulletin/bulletin.csv', async () => {
  const ds = await read();
  const at = (line: number) => ds.records.find((r) => r.location.line === line);
  const problemsAt = (line: number) =>
    ds.problems.filter((p) => p.location.line === line).map((p) => `${p.severity} ${p.code}`);

  // line, cell as typed → value read in the item's unit (or the status of an invalid one), problems at that line
  it.each<[number, string, unknown, string[]]>([
    [2, '1.3.4 -1.2 (growth, range min -100)', '-1.2', []],
    [3, '1.3.4 7.5%', '7.5', []],
    [4, '6.1.4 600000平方米 → 万平方米', '60', []],
    [5, '6.1.4 600000 with unit column 万平方米', '600000', ['warning value-implausible']],
    [6, '6.1.4 60万平方米', '60', []],
    [7, '5.1.4 85分', '85', []],
    [8, '5.1.4 120 above the 100-point scale', 'invalid', ['error value-out-of-range']],
    [9, '7.3.4 0.8143 for a score', '0.8143', ['warning value-implausible']],
    [10, '8.1.3 0.035mg/m³ → 微克/立方米', '35', []],
    [11, '8.1.3 0.035 without a unit', '0.035', ['warning value-implausible']],
    [12, '8.1.3 35亿元', 'invalid', ['error unit-mismatch']],
    [13, '3.2.6 2个 for an item in 个', '2', []],
    [14, '3.2.4 10个 for an item in 项', 'invalid', ['error unit-mismatch']],
    [15, '1.1.1 已落实', true, []],
    [16, '1.1.3 未建立', false, []],
    [17, '1.2.1 是（已落实）, the target text', true, []],
    [18, '1.2.5 985‰ for an item in % → 98.5', '98.5', []],
  ])('line %i: %s', (line, _what, value, problems) => {
    const v = at(line)?.value;
    expect(v && (v.type === 'number' || v.type === 'boolean' ? v.value : v.type)).toEqual(value);
    expect(problemsAt(line)).toEqual(problems);
  });

  it('names the likely unit slip and both units in words', () => {
    const messages = ds.problems.map((p) => p.message);
    expect(messages).toContain(
      '考核项 6.1.4 的数值 600000 比常见范围（1–5000 万平方米）大约 1 万倍，是否把平方米当成了万平方米？',
    );
    expect(messages).toContain(
      '考核项 8.1.3 的数值 0.035 比常见范围（5–150 微克/立方米）小约 1000 倍，是否把毫克/立方米当成了微克/立方米？',
    );
    expect(messages).toContain('考核项 8.1.3 填的单位“亿元”与指标单位“微克/立方米”不是同一种量');
  });

  it('gives an invalid value its reason in words, for the engine to show', () => {
    expect(at(8)?.value).toEqual({ type: 'invalid', reason: '120 超出有效范围 0–100 分' });
    expect(at(12)?.value).toEqual({ type: 'invalid', reason: '单位“亿元”与“微克/立方米”不是同一种量' });
  });
});
