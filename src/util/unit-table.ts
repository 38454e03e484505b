// Units a clerk may write after a number, grouped by quantity, each as a power of ten of its quantity's base unit.
import { toHalfWidth } from './normalise-text.js';

/** A unit that converts: which quantity it measures and its size as a power of ten of that quantity's base. */
export interface UnitSize {
  quantity: string;
  power: number;
}

/** Units of one quantity convert into each other exactly (powers of ten only: 亩 is not here, it is 10000/15 m²). */
const UNITS: Record<string, UnitSize> = {
  '%': { quantity: 'share', power: -2 },
  百分比: { quantity: 'share', power: -2 },
  '‰': { quantity: 'share', power: -3 },
  千分比: { quantity: 'share', power: -3 },
  平方米: { quantity: 'area', power: 0 },
  m2: { quantity: 'area', power: 0 },
  公顷: { quantity: 'area', power: 4 },
  平方公里: { quantity: 'area', power: 6 },
  平方千米: { quantity: 'area', power: 6 },
  元: { quantity: 'money', power: 0 },
  千元: { quantity: 'money', power: 3 },
  百万元: { quantity: 'money', power: 6 },
  米: { quantity: 'length', power: 0 },
  公里: { quantity: 'length', power: 3 },
  千米: { quantity: 'length', power: 3 },
  克: { quantity: 'mass', power: 0 },
  千克: { quantity: 'mass', power: 3 },
  公斤: { quantity: 'mass', power: 3 },
  吨: { quantity: 'mass', power: 6 },
  微克每立方米: { quantity: 'concentration', power: 0 },
  '微克/立方米': { quantity: 'concentration', power: 0 },
  'μg/m3': { quantity: 'concentration', power: 0 },
  'ug/m3': { quantity: 'concentration', power: 0 },
  '微克/m3': { quantity: 'concentration', power: 0 },
  'μg/立方米': { quantity: 'concentration', power: 0 },
  '毫克/立方米': { quantity: 'concentration', power: 3 },
  'mg/m3': { quantity: 'concentration', power: 3 },
  '毫克/m3': { quantity: 'concentration', power: 3 },
  分: { quantity: 'score', power: 0 },
  分值: { quantity: 'score', power: 0 },
  位: { quantity: 'rank', power: 0 },
  名: { quantity: 'rank', power: 0 },
};

/**
 * Words that count things. Each is its own quantity: `3家` is read for an item counted in 家, but not for one in 项,
 * since the clerk may have copied another line of the bulletin.
 */
const COUNT_WORDS = [
  '个',
  '家',
  '项',
  '起',
  '人',
  '次',
  '件',
  '座',
  '所',
  '处',
  '条',
  '台',
  '辆',
  '户',
  '宗',
  '批',
  '批次',
  '人次',
  '家次',
  '例',
  '篇',
  '部',
  '套',
  '株',
  '只',
  '头',
  '册',
  '场',
  '期',
  '类',
];

/** Multipliers written before a unit (万元, 亿元, 万平方米) or alone after a number (1.2万). */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/**
 * One spelling per unit: Word and Excel insert the micro sign µ (U+00B5) where the Greek μ is meant, ㎡ is one
 * character in CJK fonts, superscripts ³ ² come and go, and 米3 / 每立方米 are how people type m³ without the symbol.
 */
const compact = (unit: string): string =>
  toHalfWidth(unit)
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/\u00b5/g, 'μ')
    .replace(/\u33a1/g, 'm2')
    .replace(/³/g, '3')
    .replace(/²/g, '2')
    .replace(/米3$/, 'm3')
    .replace(/每立方米$/, '/立方米');

function baseSize(unit: string): UnitSize | undefined {
  const known = UNITS[unit];
  if (known) return known;
  if (COUNT_WORDS.includes(unit)) return { quantity: `count:${unit}`, power: 0 };
  return undefined;
}

/**
 * The size of a unit as written (万平方米 → area 10⁴, 亿元 → money 10⁸, 万人次 → count of 人次 10⁴); undefined for a
 * word qcc does not know as a unit. `itemUnit` is also accepted as a unit of its own quantity, so an item measured in
 * 人/万台 reads `0.3人/万台`.
 */
export function unitSize(unit: string, itemUnit?: string): UnitSize | undefined {
  const key = compact(unit);
  if (!key) return undefined;
  const direct = baseSize(key);
  if (direct) return direct;
  const first = key.slice(0, 1);
  const multiplier = MULTIPLIERS[first];
  if (multiplier !== undefined && key.length > 1) {
    const rest = baseSize(key.slice(1)) ?? ownUnit(key.slice(1), itemUnit);
    // 万% is no unit: a share has no multiples.
    if (rest && rest.quantity !== 'share') return { quantity: rest.quantity, power: rest.power + multiplier };
  }
  return ownUnit(key, itemUnit);
}

/** An item's own unit that is not in the table (人/万台, 微克每立方米 spelt otherwise): a quantity of its own. */
function ownUnit(key: string, itemUnit: string | undefined): UnitSize | undefined {
  if (!itemUnit) return undefined;
  const item = compact(itemUnit);
  if (key === item) return { quantity: `own:${item}`, power: 0 };
  const first = item.slice(0, 1);
  if (MULTIPLIERS[first] !== undefined && key === item.slice(1)) return { quantity: `own:${item.slice(1)}`, power: 0 };
  return undefined;
}

/** The size of the item's unit itself; an unknown unit is a quantity of its own, size 10⁰ (or its 万/亿). */
export function itemUnitSize(itemUnit: string | undefined): UnitSize | undefined {
  if (!itemUnit) return undefined;
  // A pack has a few dozen units and every cell asks again: each is worked out once.
  let size = ITEM_UNIT_SIZES.get(itemUnit);
  if (!size) {
    size = Object.freeze(workOutItemUnitSize(itemUnit));
    ITEM_UNIT_SIZES.set(itemUnit, size);
  }
  return size;
}

const ITEM_UNIT_SIZES = new Map<string, UnitSize>();

function workOutItemUnitSize(itemUnit: string): UnitSize {
  const key = compact(itemUnit);
  const known = unitSize(key);
  if (known) return known;
  const multiplier = MULTIPLIERS[key.slice(0, 1)];
  if (multiplier !== undefined && key.length > 1) return { quantity: `own:${key.slice(1)}`, power: multiplier };
  return { quantity: `own:${key}`, power: 0 };
}

/** Units of the same quantity as `size`, each with its power: for naming the likely slip in a warning. */
export function unitsOf(quantity: string): { unit: string; power: number }[] {
  const out: { unit: string; power: number }[] = [];
  for (const [unit, size] of Object.entries(UNITS))
    if (size.quantity === quantity && /^[\u4e00-\u9fff%‰]/.test(unit)) out.push({ unit, power: size.power });
  return out;
}
