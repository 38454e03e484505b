// A filled data-entry template reads back: the marked 佐证材料 header is the evidence column, 佐证要求 is ignored.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { templateXlsx } from '../../src/report/template/template-xlsx.js';
import { translator } from '../../src/i18n/index.js';
import { readDataFiles } from '../../src/data/read-data.js';
import { evidenceProblems } from '../../src/data/evidence-problems.js';
import { loadMini } from './helpers.js';

const temp = mkdtempSync(join(tmpdir(), 'qcc-template-readback-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.each(['zh', 'en'] as const)('a filled template (%s)', (lang) => {
  it('reads the evidence from the marked 佐证材料 column and ignores 佐证要求', async () => {
    const tr = translator(lang);
    const { pack, profile } = loadMini();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await templateXlsx(pack, profile, [2020], { tr })) as unknown as ArrayBuffer);
    const data = workbook.getWorksheet('指标数据')!;
    data.getRow(2).getCell(5).value = '是';
    data.getRow(2).getCell(8).value = '会议纪要.pdf、签到表.pdf';
    expect(data.getRow(2).getCell(2).value).toBe('1.1.1');
    expect(String(data.getRow(2).getCell(9).value)).toContain('★');
    const file = join(temp, `filled-${lang}.xlsx`);
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const ds = await readDataFiles([file], { cwd: temp, tr, pack, profile });
    const record = ds.records.find((r) => r.item === '1.1.1' && r.region === '衢州市');
    expect(record?.value).toEqual({ type: 'boolean', value: true });
    expect(record?.evidence).toEqual(['会议纪要.pdf', '签到表.pdf']);
    // A warning about too few documents lands on the row's 佐证材料 cell.
    expect(
      evidenceProblems(ds.records, { ...pack, items: pack.items.map((i) => ({ ...i, minEvidence: 3 })) }, tr).find(
        (p) => p.location.cell === 'H2',
      )?.location,
    ).toEqual({ file: basename(file), sheet: '指标数据', cell: 'H2', row: 2, column: 8 });
    // Only the blank value cells are reported: no unknown column, no stray record from 佐证要求.
    expect(new Set(ds.problems.map((p) => p.code))).toEqual(new Set(['value-missing']));
    expect(record?.note).toBeUndefined();
  });
});
