// Which names in a 佐证材料 cell are files inside the evidence folder: never one outside it, however it is reached.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceFolder } from '../../src/io/evidence-folder.js';

/** An evidence folder with one real file and one sub-folder, beside a file that is not evidence. */
function layout(): string {
  const base = mkdtempSync(join(tmpdir(), 'qcc-evidence-'));
  mkdirSync(join(base, '佐证材料', '2020'), { recursive: true });
  writeFileSync(join(base, '佐证材料', '2020', '会议纪要.pdf'), 'minutes');
  writeFileSync(join(base, '别处.pdf'), 'not evidence');
  symlinkSync(join(base, '别处.pdf'), join(base, '佐证材料', '链接.pdf'));
  symlinkSync(join(base, '佐证材料', '2020', '会议纪要.pdf'), join(base, '佐证材料', '内部链接.pdf'));
  return join(base, '佐证材料');
}

describe('evidenceFolder', () => {
  it.each([
    ['a file in a sub-folder', '2020/会议纪要.pdf', true],
    ['a name that is not there', '2020/通知.pdf', false],
    ['a sub-folder, not a file', '2020', false],
    ['a way out with ..', '../别处.pdf', false],
    ['an absolute path elsewhere', '/etc/hostname', false],
    ['a link that leads out of the folder', '链接.pdf', false],
    ['a link to a file inside the folder', '内部链接.pdf', true],
  ])('%s: %s → %s', (_what, name, found) => {
    expect(evidenceFolder(layout()).exists(name)).toBe(found);
  });
});
