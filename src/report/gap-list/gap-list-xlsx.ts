// The 整改清单 workbook: 说明, the whole list, one sheet per lead department, and with a previous list 已销号 and 未匹配.
import type { Translator } from '../../i18n/index.js';
import { neutraliseCell } from '../utils/neutralise-cell.js';
import { A4_LANDSCAPE_FITTED } from '../utils/a4-landscape.js';
import { COLUMNS, CORE_COUNT, columnNumber, headerText, type CellValue, type ExtraMachineKey } from './columns.js';
import { fixZipTimes, workbookDate } from './fixed-zip-time.js';
import type { FormatContext } from '../formatter.js';
import type { GapListModel } from './gap-list-model.js';
import type { GapRow } from './gap-row.js';
import { sheetNamer } from './sheet-name.js';
import { addValidation } from './add-validation.js';
import { wrappedRowHeight } from '../utils/row-height.js';
import { markWorkbook } from '../utils/mark-workbook.js';
import { columnLetters } from '../../util/column-letters.js';
import { STATUSES } from '../../util/statuses.js';
import { statusLabel } from '../utils/status.js';
import { resolvePhases } from '../../util/phases.js';
import { phaseLines } from '../../wording/phase-text.js';

type ExcelJS = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

const HEADER_FILL = 'FFD9E1F2';
const VETO_FILL = 'FFFCE4E4';

/** The progress dropdown's values (gaps.progress.<key>). */
export const PROGRESS_KEYS = ['todo', 'doing', 'done', 'closed'] as const;

function progressChoices(tr: Translator): string[] {
  return PROGRESS_KEYS.map((k) => tr.t(`gaps.progress.${k}`));
}

/** One list sheet: header, rows, widths, frozen header, filter, wrapping, dropdown, veto marking, print setup. */
function writeListSheet(
  ws: Worksheet,
  rows: readonly GapRow[],
  extraHeaders: readonly string[],
  tail: readonly ExtraMachineKey[],
  tr: Translator,
  markVeto = true,
): void {
  const headers = [
    ...COLUMNS.map((c) => headerText(c.key, tr)),
    ...extraHeaders,
    ...tail.map((k) => headerText(k, tr)),
  ];
  const widths = [...COLUMNS.map((c) => c.width), ...extraHeaders.map(() => 16), ...tail.map(() => 18)];
  ws.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 12 }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  // The narrow printed columns wrap their headers (考核项编号, 可增分值): stored, or LibreOffice cuts the second line.
  const headerHeight = wrappedRowHeight(headers, widths);
  if (headerHeight) header.height = headerHeight;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
  rows.forEach((row, i) => {
    const values: (CellValue | null)[] = [
      ...COLUMNS.map((c) => (c.key === 'no' ? i + 1 : (row.cells[c.key] ?? null))),
      ...extraHeaders.map((h) => row.extras[h] ?? null),
      ...tail.map((k) => (k === 'now-status' ? row.nowStatus : k === 'reason' ? row.reason : row.origin) ?? null),
    ];
    // An empty text is no cell at all, as if nobody had typed there.
    const r = ws.addRow(values.map((v) => (v === '' ? null : v)));
    r.alignment = { vertical: 'top', wrapText: true };
    const height = wrappedRowHeight(values, widths);
    if (height) r.height = height;
    // Dates (the deadline, or any a person typed) as days, never as serial numbers; on the left like the text, since
    // right-aligned the printed 完成时限 runs into the 整改状态 beside it.
    r.eachCell((cell) => {
      if (!(cell.value instanceof Date)) return;
      cell.numFmt = 'yyyy-mm-dd';
      cell.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    });
    if (row.veto && markVeto) {
      // Every column, the blank ones too, so the whole row reads as one.
      for (let c = 1; c <= headers.length; c += 1)
        r.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: VETO_FILL } };
    }
  });
  const last = columnLetters(headers.length);
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  ws.autoFilter = `A1:${last}${Math.max(1, rows.length + 1)}`;
  if (rows.length) {
    const col = columnLetters(columnNumber('progress'));
    // On the exact rows only: a whole-column validation makes spreadsheet readers crawl.
    addValidation(ws, `${col}2:${col}${rows.length + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${progressChoices(tr).join(',')}"`],
      showInputMessage: true,
      promptTitle: tr.t('gaps.progress.prompt-title'),
      prompt: tr.t('gaps.progress.prompt'),
      showErrorMessage: true,
      errorStyle: 'stop',
      error: tr.t('gaps.progress.error'),
    });
  }
  ws.pageSetup = {
    ...A4_LANDSCAPE_FITTED,
    printTitlesRow: '1:1',
    // Only the core columns print, so that fitted to the width they stay legible; the rest are for the screen.
    // exceljs puts a $ before each end only: A$1 becomes the absolute $A$1 that Excel expects of a print area.
    printArea: `A$1:${columnLetters(CORE_COUNT)}$${Math.max(1, rows.length + 1)}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&P / &N' };
}

function writeAboutSheet(ws: Worksheet, model: GapListModel, tr: Translator): void {
  const { report } = model;
  const s = report.summary;
  const veto = model.rows.filter((r) => r.veto).length;
  const lines: [string, string][] = [
    [
      tr.t('gaps.about.pack'),
      tr.t('gaps.about.pack-value', { title: report.pack.title, id: report.pack.id, version: report.pack.version }),
    ],
    [tr.t('gaps.about.city'), report.profile.city],
    [tr.t('gaps.about.year'), String(report.year)],
    [tr.t('gaps.about.score'), tr.t('gaps.about.score-value', { score: s.score, total: s.total })],
    [tr.t('gaps.about.grade'), s.grade],
    [tr.t('gaps.about.verdict'), tr.t(`verdict.${s.verdict}`)],
    [
      tr.t('gaps.about.veto-failed'),
      s.vetoFailed.length ? s.vetoFailed.join(tr.t('gaps.list.join')) : tr.t('word.none'),
    ],
    [
      tr.t('gaps.about.veto-undetermined'),
      s.vetoUndetermined?.length ? s.vetoUndetermined.join(tr.t('gaps.list.join')) : tr.t('word.none'),
    ],
    [
      tr.t('gaps.about.counts'),
      STATUSES.map((st) => `${statusLabel(tr, st)} ${s.counts[st] ?? 0}`).join(tr.t('gaps.list.join')),
    ],
    [tr.t('gaps.about.rows'), tr.t('gaps.about.rows-value', { rows: model.rows.length, veto })],
  ];
  if (model.deadline) lines.push([tr.t('gaps.about.deadline'), model.deadline.toISOString().slice(0, 10)]);
  // The phases of this evaluation year (or the city's own), so 整改提升阶段 says when, not just the deadline.
  const phases = resolvePhases(model.pack.phases, undefined, report.year);
  if (phases.length) lines.push([tr.t('gaps.about.phases'), phaseLines(phases, tr).join('\n')]);
  lines.push([
    tr.t('gaps.about.departments'),
    model.pack.assignments?.confidence === 'inferred'
      ? tr.t('gaps.about.departments-inferred')
      : tr.t('gaps.about.departments-value'),
  ]);
  if (model.previous) {
    const p = model.previous;
    lines.push([
      tr.t('gaps.about.previous'),
      tr.t('gaps.about.previous-value', {
        file: p.file,
        carried: p.carried,
        closed: p.closed.length,
        unmatched: p.unmatched.length,
      }),
    ]);
  }
  lines.push(
    [tr.t('gaps.about.inputs'), report.inputs.map((i) => `${i.path}  sha256:${i.sha256.slice(0, 12)}`).join('\n')],
    [tr.t('gaps.about.order'), tr.t('gaps.about.order-value')],
    [tr.t('gaps.about.priority'), tr.t('gaps.about.priority-value')],
    [tr.t('gaps.about.fill'), tr.t('gaps.about.fill-value')],
  );
  const widths = [18, 90];
  ws.columns = widths.map((width) => ({ width }));
  ws.addRow([tr.t('gaps.about.title')]).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const [label, value] of lines) {
    const row = ws.addRow([label, neutraliseCell(value)]);
    row.getCell(1).font = { bold: true };
    row.alignment = { vertical: 'top', wrapText: true };
    // Stored, so LibreOffice and a PDF made from it show the whole text, not its first line.
    const height = wrappedRowHeight([label, value], widths);
    if (height) row.height = height;
  }
  ws.pageSetup = { ...A4_LANDSCAPE_FITTED };
}

export async function gapListXlsx(model: GapListModel, { tr }: FormatContext): Promise<Uint8Array> {
  const { report } = model;
  const { default: Excel } = (await import('exceljs')) as unknown as { default: ExcelJS };
  const workbook = new Excel.Workbook();
  const date = workbookDate(report.year);
  workbook.creator = 'qcc';
  workbook.lastModifiedBy = 'qcc';
  workbook.created = date;
  workbook.modified = date;
  const fixed = [
    tr.t('gaps.sheet.about'),
    tr.t('gaps.sheet.list'),
    tr.t('gaps.sheet.closed'),
    tr.t('gaps.sheet.unmatched'),
  ];
  const name = sheetNamer(fixed);
  writeAboutSheet(workbook.addWorksheet(tr.t('gaps.sheet.about')), model, tr);
  writeListSheet(workbook.addWorksheet(tr.t('gaps.sheet.list')), model.rows, model.extraHeaders, [], tr);
  for (const dept of model.departments)
    writeListSheet(workbook.addWorksheet(name(dept.name)), dept.rows, model.extraHeaders, [], tr);
  if (model.previous) {
    writeListSheet(
      workbook.addWorksheet(tr.t('gaps.sheet.closed')),
      model.previous.closed,
      model.extraHeaders,
      ['now-status'],
      tr,
      // A closed gap is done with: coloured like a failing veto item it would read as one still open.
      false,
    );
    writeListSheet(
      workbook.addWorksheet(tr.t('gaps.sheet.unmatched')),
      model.previous.unmatched,
      model.extraHeaders,
      ['reason', 'origin'],
      tr,
    );
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimes(markWorkbook(new Uint8Array(buffer as ArrayBuffer), 'gap-list'), date);
}
