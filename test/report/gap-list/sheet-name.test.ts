// Department sheet names Excel accepts: short enough, no forbidden characters, never the same as another sheet.
import { describe, expect, it } from 'vitest';
import { sheetNamer } from '../../../src/report/gap-list/sheet-name.js';

describe('sheetNamer', () => {
  it.each([
    { wanted: ['市住建局'], names: ['市住建局'] },
    { wanted: ['市发展和改革委员会/市粮食和物资储备局'], names: ['市发展和改革委员会_市粮食和物资储备局'] },
    { wanted: ['说明'], names: ['说明(2)'] },
    { wanted: ['a'.repeat(40)], names: ['a'.repeat(31)] },
    { wanted: ['市住建局', '市住建局'], names: ['市住建局', '市住建局(2)'] },
    { wanted: ['[市局]:*?'], names: ['_市局____'] },
    // Excel keeps History for itself (in any case) and refuses the workbook otherwise.
    { wanted: ['History', 'HISTORY'], names: ['History(2)', 'HISTORY(3)'] },
    // 30 characters then an emoji: cut before the pair, not through it.
    { wanted: [`${'局'.repeat(30)}😀`], names: ['局'.repeat(30)] },
    { wanted: ['市\u0007住建局'], names: ['市住建局'] },
  ])('$wanted → $names', ({ wanted, names }) => {
    const name = sheetNamer(['说明', '整改清单', '已销号', '未匹配']);
    expect(wanted.map(name)).toEqual(names);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});
