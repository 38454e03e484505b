// Tables fit the terminal: long Chinese cells wrap inside their column instead of widening the table.
import { describe, expect, it } from 'vitest';
import { fitTable } from '../../../src/report/utils/fit-table.js';
import { displayWidth } from '../../../src/report/utils/display-width.js';
import { runCli } from '../../helpers/run-cli.js';
import { ROOT } from '../../helpers/paths.js';

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));
const long = '本市尚未设定达标值（福州、包头在满意度调查中测量知晓度和参与度，约 30 个题项、约 500 份问卷，未见阈值）';

describe('fitTable', () => {
  it.each([60, 80, 100])('keeps a table with long cells within %i columns, and loses no character', (width) => {
    const head = ['编号', '考核项', '之前差距', '现在差距'];
    const row = ['2.1.3', '质量强市创建知晓度', long, long];
    const text = fitTable(head, [row], width);
    expect(widest(text)).toBeLessThanOrEqual(width);
    const chinese = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
    expect(chinese(text)).toBe(chinese([...head, ...row].join('')));
  });

  it('leaves a narrow table at its natural width', () => {
    const text = fitTable(['a', 'b'], [['1', '2']], 100);
    expect(widest(text)).toBeLessThan(20);
  });

  it('keeps qcc rules list of the built-in pack within 100 columns', async () => {
    const run = await runCli(['rules', 'list'], { cwd: ROOT });
    expect(widest(run.stdout)).toBeLessThanOrEqual(100);
  });
});
