// A city other than the sample's gets a check report, template and gap list in its own words: no other city's names,
// no research notes. The plan may still be cited as the basis (its number and title are allowed).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Names of other cities and their counties, and the marks of research notes, that a clerk must not read. */
const FOREIGN = [
  ...['衢州', '柯城', '衢江', '龙游', '江山', '常山', '开化', '义乌', '宁波', '江门', '金华', '南通', '天水', '兰州'],
  ...['宜兴', '深圳', '成都', '秦皇岛', '烟台', '绍兴', '武汉', '咸宁', '鄂州', '新密', '广州', '杭州'],
  ...['调研', '§', 'criteria-research', '摘录', '截断'],
];
/** The plan is the pack's basis document and may be named as such. */
const PLAN_CITATIONS = ['衢政办发〔2018〕41号', '衢州市争创全国质量强市示范城市工作实施方案'];

function foreignWords(text: string): string[] {
  let rest = text;
  for (const citation of PLAN_CITATIONS) rest = rest.split(citation).join('');
  const found: string[] = [];
  for (const word of FOREIGN) {
    const at = rest.indexOf(word);
    if (at >= 0) found.push(`${word}: …${rest.slice(Math.max(0, at - 40), at + 40).replace(/\n/g, ' ')}…`);
  }
  return found;
}

/** Every text a reader sees in a workbook: sheet names, cells, input prompts, notes, headers and footers. */
async function workbookText(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name, ws.headerFooter?.oddHeader ?? '', ws.headerFooter?.oddFooter ?? '');
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        parts.push(cell.text);
        const validation = cell.dataValidation;
        if (validation) parts.push(validation.prompt ?? '', validation.error ?? '', validation.promptTitle ?? '');
        if (cell.note) parts.push(typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note));
      }),
    );
  });
  return parts.join('\n');
}

const run = (argv: string[], cwd: string) => runCli(argv, { cwd, today: '2025-03-01' });

describe('a city other than the sample city', () => {
  it('gets a profile, template, check report and gap list with no other city in them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qcc-neutral-'));
    const init = await run(['init', '--city', '台州市', '--districts', '椒江区,黄岩区,路桥区', '--year', '2024'], dir);
    expect(init.code).toBe(0);
    expect(foreignWords(readFileSync(join(dir, 'qcc.yaml'), 'utf8'))).toEqual([]);
    expect(foreignWords(await workbookText(join(dir, '填报模板.xlsx')))).toEqual([]);

    // A few figures as a clerk would report them; every other item is missing, so every item reaches the gap list.
    writeFileSync(
      join(dir, '报送', '台州市.csv'),
      [
        '地区,指标编号,年度,数值',
        '台州市,8.1.2,2024,93.4%',
        '台州市,8.1.3,2024,27',
        '台州市,4.1.1,2024,0',
        '椒江区,6.3.1,2024,97',
        '黄岩区,1.1.1,2024,否',
      ].join('\n'),
    );
    for (const format of ['table', 'markdown']) {
      const check = await run(['check', '--format', format], dir);
      expect(check.code, check.stderr).toBeLessThan(2);
      expect(foreignWords(check.stdout + check.stderr)).toEqual([]);
    }
    const json = await run(['check', '--format', 'json'], dir);
    // The JSON carries each item's basis for dashboards; a basis may cite research, everything else may not.
    const report = JSON.parse(json.stdout, (key, value: unknown) => (key === 'basis' ? undefined : value));
    expect(foreignWords(JSON.stringify(report))).toEqual([]);

    const gaps = await run(['gaps', '-o', '整改清单.xlsx'], dir);
    expect(gaps.code, gaps.stderr).toBeLessThan(2);
    expect(foreignWords(await workbookText(join(dir, '整改清单.xlsx')))).toEqual([]);
  });
});
