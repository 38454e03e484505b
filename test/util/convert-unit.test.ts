// The unit table: a number with the unit a bulletin prints converts exactly into the item's unit, or says why not.
import { describe, expect, it } from 'vitest';
import { toItemUnit } from '../../src/util/convert-unit.js';

describe('toItemUnit', () => {
  // value, written unit, item unit → value in the item unit
  it.each<[string, string, string | undefined, string]>([
    ['98.5', '', '%', '98.5'],
    ['3', '‰', '%', '0.3'],
    ['0.3', '%', '‰', '3'],
    ['98.5', '百分比', '%', '98.5'],
    ['600000', '平方米', '万平方米', '60'],
    ['60', '万平方米', '万平方米', '60'],
    ['62.5', '万', '万平方米', '62.5'],
    ['1', '亿平方米', '万平方米', '10000'],
    ['12', '公顷', '万平方米', '12'],
    ['1.5', '平方公里', '万平方米', '150'],
    ['1.2', '亿元', '万元', '12000'],
    ['3500', '万元', '亿元', '0.35'],
    ['5000', '万', '亿元', '0.5'],
    ['1.2', '亿', '万元', '12000'],
    ['1200000', '元', '万元', '120'],
    ['85', '分', '分', '85'],
    ['85', '分值', '分', '85'],
    ['3', '起', '起', '3'],
    ['1.2', '万', '起', '12000'],
    ['3', '家', '家', '3'],
    ['2', '万人次', '人次', '20000'],
    ['35', '微克/立方米', '微克/立方米', '35'],
    ['0.035', 'mg/m³', '微克/立方米', '35'],
    // The micro sign µ (U+00B5) that Word and Excel insert, the Greek μ, superscript or not, and 米3 / 每立方米.
    ['33', 'µg/m3', '微克/立方米', '33'],
    ['33', 'μg/m³', '微克/立方米', '33'],
    ['33', 'ug/m3', '微克/立方米', '33'],
    ['33', '微克/m3', '微克/立方米', '33'],
    ['33', '微克/米3', '微克/立方米', '33'],
    ['33', '微克每立方米', '微克/立方米', '33'],
    ['0.033', '毫克/m³', '微克/立方米', '33'],
    ['12', 'm²', '平方米', '12'],
    ['60', '万㎡', '万平方米', '60'],
    ['0.3', '人/万台', '人/万台', '0.3'],
    ['6', '名', '位', '6'],
  ])('%s %s for an item in %s → %s', (value, written, itemUnit, expected) => {
    const r = toItemUnit(value, written, itemUnit);
    expect(r.ok && r.value).toBe(expected);
  });

  it.each<[string, string | undefined, string]>([
    ['亿元', '万平方米', 'unit-mismatch'],
    ['%', '起', 'unit-mismatch'],
    ['万%', '%', 'unknown-unit'],
    ['个', '家', 'unit-mismatch'],
    ['分', '%', 'unit-mismatch'],
    ['平方米', '万元', 'unit-mismatch'],
    ['左右', '%', 'unknown-unit'],
    [',5', '%', 'unknown-unit'],
    ['%', undefined, 'unit-mismatch'],
  ])('%s for an item in %s → %s', (written, itemUnit, problem) => {
    expect(toItemUnit('1', written, itemUnit)).toEqual({ ok: false, problem });
  });
});
