// The mark in workbooks qcc writes: the template and the gap list carry qcc:kind, the zip stays valid, and the reader
// finds the mark however Excel, WPS or LibreOffice write the property back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { templateXlsx } from '../../src/report/template/template-xlsx.js';
import { gapListXlsx } from '../../src/report/gap-list/gap-list-xlsx.js';
import { gapListModel } from '../../src/report/gap-list/gap-list-model.js';
import { qccWorkbookKind } from '../../src/data/qcc-written.js';
import { qccKindIn } from '../../src/util/qcc-marker.js';
import { miniPack, quzhou, sampleReport, tr, unzip } from '../report/gap-list/fixtures.js';
import { fixture } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'qcc-marker-'));
const save = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('the qcc:kind mark', async () => {
  const template = await templateXlsx(miniPack(), quzhou(), [2019, 2020], { tr });
  const county = await templateXlsx(miniPack(), quzhou(), [2020], { tr, region: '柯城区' });
  const gapList = await gapListXlsx(gapListModel(sampleReport(), miniPack(), quzhou(), undefined, tr), { tr });

  it.each([
    ['template', template, 'template'],
    ['a county template', county, 'template'],
    ['gap list', gapList, 'gap-list'],
  ])('%s: declared where Excel looks for it, and read back', async (name, bytes, kind) => {
    const entries = unzip(bytes);
    expect(entries.get('[Content_Types].xml')!.text).toContain(
      '<Override PartName="/docProps/custom.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
    expect(entries.get('_rels/.rels')!.text).toContain('Target="docProps/custom.xml"');
    expect(entries.get('docProps/custom.xml')!.text).toContain(`name="qcc:kind"><vt:lpwstr>${kind}</vt:lpwstr>`);
    const path = save(`${name}.xlsx`, bytes);
    expect(await qccWorkbookKind(path)).toBe(kind);
    // Still a sound zip (every CRC checked) and a workbook exceljs opens with all its sheets.
    expect(() => execFileSync('unzip', ['-tq', path])).not.toThrow();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(2);
  });

  it('is the same bytes every time', async () => {
    expect(
      Buffer.from(await templateXlsx(miniPack(), quzhou(), [2019, 2020], { tr })).equals(Buffer.from(template)),
    ).toBe(true);
  });

  it('is absent from a workbook people made', async () => {
    expect(await qccWorkbookKind(fixture('data/city-2020.xlsx'))).toBeUndefined();
    expect(await qccWorkbookKind(fixture('data/libreoffice/city-2020-lo.xlsx'))).toBeUndefined();
    expect(await qccWorkbookKind(fixture('data/kaihua-gbk.csv'))).toBeUndefined();
  });
});

const props = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${inner}</Properties>`;

/** The format id of custom document properties, as Office writes it. */
const FMTID = 'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"';

describe('qccKindIn', () => {
  it.each([
    [
      'as qcc writes it',
      props(`<property ${FMTID} pid="2" name="qcc:kind"><vt:lpwstr>template</vt:lpwstr></property>`),
      'template',
    ],
    [
      'after another property (Excel appends the user’s own)',
      props(
        `<property ${FMTID} pid="2" name="部门"><vt:lpwstr>开化县</vt:lpwstr></property>` +
          `<property ${FMTID} pid="3" name="qcc:kind"><vt:lpwstr>gap-list</vt:lpwstr></property>`,
      ),
      'gap-list',
    ],
    [
      'attributes in another order, name first',
      props(`<property name="qcc:kind" pid="2" ${FMTID}>\n  <vt:lpwstr>template</vt:lpwstr>\n</property>`),
      'template',
    ],
    [
      'another string type',
      props(`<property ${FMTID} pid="2" name="qcc:kind"><vt:bstr>gap-list</vt:bstr></property>`),
      'gap-list',
    ],
    [
      'an unknown kind',
      props(`<property ${FMTID} pid="2" name="qcc:kind"><vt:lpwstr>report</vt:lpwstr></property>`),
      undefined,
    ],
    [
      'a like-named property',
      props(`<property ${FMTID} pid="2" name="qcc:kind2"><vt:lpwstr>template</vt:lpwstr></property>`),
      undefined,
    ],
    ['no properties', props(''), undefined],
  ])('%s', (_name, xml, kind) => {
    expect(qccKindIn(xml)).toBe(kind);
  });
});
