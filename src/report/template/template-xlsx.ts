// The data-entry workbook (填报模板): 填报说明, 指标数据 with prefilled locked columns and validated value cells, 基准值.
import type { DataValidation, Worksheet } from 'exceljs';
import type { Item, Pack, Profile, Target } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { describeTarget, itemLookup, type ItemLookup } from '../../engine/targets/describe.js';
import { A4_LANDSCAPE_FITTED } from '../utils/a4-landscape.js';
import { namedGrades, yearsNeeded } from '../../engine/targets/index.js';
import { namedBenchmarks } from '../../engine/targets/named-benchmarks.js';
import { rangeText, validRange } from '../../wording/value-range.js';
import { addValidation } from '../gap-list/add-validation.js';
import { fixZipTimes, workbookDate } from '../gap-list/fixed-zip-time.js';
import { templateRows } from './template-rows.js';
import { wrappedRowHeight } from '../utils/row-height.js';
import { markWorkbook } from '../utils/mark-workbook.js';

type ExcelJS = typeof import('exceljs');

export interface TemplateContext {
  tr: Translator;
  /** Only this region's rows: a template for one county to fill in. */
  region?: string;
}

const LOCKED_FILL = 'FFF2F2F2';
const HEADER_FILL = 'FFD9E1F2';
/** Width of the 填报说明 sheet's one column, in characters. */
const GUIDE_WIDTH = 110;
/** The 指标数据 columns, in the order the data reader documents; the three people fill are unlocked. */
export const DATA_COLUMNS = [
  { key: 'region', width: 10 },
  { key: 'item', width: 10 },
  { key: 'title', width: 34 },
  { key: 'year', width: 7 },
  { key: 'value', width: 12, open: true },
  { key: 'unit', width: 10 },
  { key: 'reporter', width: 16 },
  { key: 'evidence', width: 30, open: true },
  // Read by people only (the data reader ignores it): how many 佐证材料 the row needs, beside the cell they go in.
  { key: 'evidence-rule', width: 12 },
  { key: 'note', width: 24, open: true },
  // Read by people only, like 佐证要求: the target in words, so a printed page says what the value is held to. Last, so
  // the columns the data reader documents keep their letters.
  { key: 'target', width: 30 },
] as const;
/** Columns whose text wraps (and whose rows get a stored height), so a printed page shows it whole. */
const WRAPPED_DATA = new Set<string>(['title', 'target']);
/** The 基准值 columns. */
// The name is for people (the id is what the reader matches); the reader ignores a column it does not know.
export const BENCHMARK_COLUMNS = ['benchmark', 'benchmark-title', 'year', 'value', 'source'] as const;
/** The numbered steps of the guide sheet (template.guide.<step>). */
export const GUIDE_STEPS = ['step1', 'step2', 'step3', 'step4', 'step5', 'step6'] as const;
const VALUE_COLUMN = 'E';
const EVIDENCE_COLUMN = 'H';
const LAST_COLUMN = 'K';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The input message of a row's 佐证材料 cell: how many documents and which; a check that never refuses what is typed. */
function evidenceValidation(item: Item, tr: Translator): DataValidation {
  const kinds = item.evidence.join(tr.t('gaps.list.join'));
  return {
    type: 'textLength',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: tr.t('template.prompt.evidence-title').slice(0, 32),
    prompt: (kinds
      ? tr.t('template.prompt.evidence', { n: item.minEvidence, kinds })
      : tr.t('template.prompt.evidence-any', { n: item.minEvidence })
    ).slice(0, 255),
    showErrorMessage: false,
  };
}

/** The grades a grade item may be given: the usual A–D and whatever its target names. */
function gradeChoices(target: Target): string[] {
  return [...new Set(['A', 'B', 'C', 'D', ...namedGrades(target)])];
}

/** The validation of an item's value cells, by measure kind; the prompt shows the target. */
function valueValidation(item: Item, target: Target, pack: Pack, items: ItemLookup, tr: Translator): DataValidation {
  const unit = item.measure.unit ?? '';
  const prompt = {
    showInputMessage: true,
    promptTitle: tr.t('template.prompt.title').slice(0, 32),
    // What to enter (scope, which monitoring points, which document) goes with the target, where the pack says it.
    prompt: tr
      .t(item.description ? 'template.prompt.with-description' : 'template.prompt.text', {
        target: describeTarget(target, item.measure.unit, tr, pack.benchmarks, items),
        description: item.description ?? '',
      })
      .slice(0, 255),
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: tr.t('template.error.title').slice(0, 32),
    allowBlank: true,
  };
  const list = (choices: string[]): DataValidation => ({
    ...prompt,
    type: 'list',
    formulae: [`"${choices.join(',')}"`],
    error: tr.t('template.error.list', { choices: choices.join(tr.t('gaps.list.join')) }),
  });
  if (item.measure.kind === 'yes-no') return list(['是', '否']); // read back by src/util/value-words.ts in every language
  if (item.measure.kind === 'grade') return list(gradeChoices(target));
  // The item's own valid range (a growth rate may be negative), the same one the data reader checks.
  const range = validRange(item.measure) ?? { integer: false };
  const type = range.integer ? 'whole' : 'decimal';
  const error = tr.t('template.error.range', { range: rangeText(range, unit, tr) });
  const min = range.min === undefined ? undefined : Number(range.min);
  const max = range.max === undefined ? undefined : Number(range.max);
  if (min !== undefined && max !== undefined)
    return { ...prompt, type, operator: 'between', formulae: [min, max], error };
  if (min !== undefined) return { ...prompt, type, operator: 'greaterThanOrEqual', formulae: [min], error };
  if (max !== undefined) return { ...prompt, type, operator: 'lessThanOrEqual', formulae: [max], error };
  // No bound: Excel still refuses text that is no number.
  return { ...prompt, type, operator: 'between', formulae: [-1e15, 1e15], error };
}

function styleHeader(ws: Worksheet): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }));
}

/** Thin borders on every cell of the table, header included: the input area reads as a grid on paper too. */
function borderTable(ws: Worksheet, columns: number): void {
  ws.eachRow((row) => {
    for (let c = 1; c <= columns; c += 1) row.getCell(c).border = BORDER;
  });
}

function printSetup(ws: Worksheet): void {
  ws.pageSetup = { ...A4_LANDSCAPE_FITTED, printTitlesRow: '1:1' };
}

export async function templateXlsx(
  pack: Pack,
  profile: Profile,
  years: readonly number[],
  ctx: TemplateContext,
): Promise<Uint8Array> {
  const { tr } = ctx;
  const city = profile.city || tr.t('template.city-placeholder');
  const sorted = [...years].sort((a, b) => a - b);
  const rows = templateRows(pack, profile, sorted, city).filter((r) => !ctx.region || r.region === ctx.region);
  const { default: Excel } = (await import('exceljs')) as unknown as { default: ExcelJS };
  const workbook = new Excel.Workbook();
  const date = workbookDate(sorted[sorted.length - 1] ?? 2000);
  workbook.creator = 'qcc';
  workbook.lastModifiedBy = 'qcc';
  workbook.created = date;
  workbook.modified = date;

  const guide = workbook.addWorksheet(tr.t('template.sheet.guide'));
  guide.columns = [{ width: GUIDE_WIDTH }];
  const longest = Math.max(1, ...pack.items.map((i) => yearsNeeded(i.target)));
  const lines = [
    tr.t('template.guide.title', { city }),
    '',
    tr.t('template.guide.pack', { title: pack.title, id: pack.id, version: pack.version }),
    tr.t('template.guide.years', { years: sorted.join(tr.t('gaps.list.join')), n: Math.min(longest, sorted.length) }),
    tr.t('template.guide.regions', {
      regions: ctx.region ?? [city, ...profile.districts].join(tr.t('gaps.list.join')),
    }),
    '',
    // A county's template has no 基准值 sheet, so its guide does not mention one; steps are numbered here.
    ...GUIDE_STEPS.filter((k) => k !== 'step5' || !ctx.region || ctx.region === city).map(
      (k, i) => `${i + 1}. ${tr.t(`template.guide.${k}`)}`,
    ),
  ];
  for (const line of lines) {
    const row = guide.addRow([line]);
    row.alignment = { wrapText: true, vertical: 'top' };
    const height = wrappedRowHeight([line], [GUIDE_WIDTH]);
    if (height) row.height = height;
  }
  guide.getRow(1).font = { bold: true, size: 14 };
  // Printed like the other sheets.
  guide.pageSetup = { ...A4_LANDSCAPE_FITTED };

  const data = workbook.addWorksheet(tr.t('template.sheet.data'));
  data.columns = DATA_COLUMNS.map((c) => ({ header: tr.t(`template.col.${c.key}`), width: c.width }));
  styleHeader(data);
  const items = itemLookup(pack.items, profile.overrides);
  const dataWidths = DATA_COLUMNS.map((c) => c.width);
  for (const row of rows) {
    // 填报单位 is the lead department for the city's rows; a county's rows are reported by the county itself.
    const reporter = row.region === city ? row.item.lead : null;
    const rule = row.item.minEvidence > 0 ? tr.t('template.evidence-rule', { n: row.item.minEvidence }) : null;
    const r = data.addRow([
      row.region,
      row.item.id,
      row.item.title,
      row.year,
      null,
      row.item.measure.unit ?? null,
      reporter,
      null,
      rule,
      null,
      describeTarget(row.target, row.item.measure.unit, tr, pack.benchmarks, items),
    ]);
    const height = wrappedRowHeight(
      DATA_COLUMNS.map((c, i) => (WRAPPED_DATA.has(c.key) ? r.getCell(i + 1).value : null)),
      dataWidths,
    );
    if (height) r.height = height;
    DATA_COLUMNS.forEach((c, i) => {
      const cell = r.getCell(i + 1);
      cell.alignment = { vertical: 'top', wrapText: WRAPPED_DATA.has(c.key) };
      if ('open' in c || (c.key === 'reporter' && reporter === null)) cell.protection = { locked: false };
      else cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LOCKED_FILL } };
    });
  }
  borderTable(data, DATA_COLUMNS.length);
  // One validation per item, on exactly that item's value cells; an item reference names the target as held.
  for (let start = 0; start < rows.length;) {
    const first = rows[start]!;
    let end = start;
    while (end + 1 < rows.length && rows[end + 1]!.item === first.item) end += 1;
    addValidation(
      data,
      `${VALUE_COLUMN}${start + 2}:${VALUE_COLUMN}${end + 2}`,
      valueValidation(first.item, first.target, pack, items, tr),
    );
    if (first.item.minEvidence > 0)
      addValidation(
        data,
        `${EVIDENCE_COLUMN}${start + 2}:${EVIDENCE_COLUMN}${end + 2}`,
        evidenceValidation(first.item, tr),
      );
    start = end + 1;
  }
  data.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'E2' }];
  data.autoFilter = `A1:${LAST_COLUMN}${rows.length + 1}`;
  printSetup(data);
  // No password: the lock prevents slips, not deliberate changes.
  await data.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: true,
  });

  // Benchmarks are the city's to supply (national and provincial values): a county's template has no 基准值 sheet, so a
  // county cannot override the city's figures by filling one in.
  if (ctx.region && ctx.region !== city) {
    const buffer = await workbook.xlsx.writeBuffer();
    return fixZipTimes(markWorkbook(new Uint8Array(buffer as ArrayBuffer), 'template'), date);
  }
  const bench = workbook.addWorksheet(tr.t('template.sheet.benchmarks'));
  // Narrow enough that the sheet fits an A4 landscape page at a legible size; long names and sources wrap.
  const benchWidths = [30, 30, 8, 12, 50];
  bench.columns = BENCHMARK_COLUMNS.map((k, i) => ({ header: tr.t(`template.col.${k}`), width: benchWidths[i] }));
  styleHeader(bench);
  // Only the benchmarks a target in use compares against (the profile's overrides included): a row no target reads is
  // a cell the clerk would look up for nothing, and `validate` would warn about it left blank.
  const used = new Set(
    pack.items.flatMap((item) =>
      namedBenchmarks(profile.overrides[item.id]?.target ?? item.target, pack.benchmarks).map((b) => b.id),
    ),
  );
  for (const b of pack.benchmarks.filter((x) => used.has(x.id))) {
    // A provincial figure is the city's to find in the province's documents: the cell says so before the source.
    const source =
      b.level === 'provincial'
        ? tr.t('benchmark.template-provincial', { source: b.source ?? '' }).trim()
        : (b.source ?? '');
    for (const year of sorted) {
      const value = b.values[String(year)];
      const values = [b.id, b.title, year, value === undefined ? null : Number(value), source];
      const r = bench.addRow(values);
      r.alignment = { vertical: 'top', wrapText: true };
      const height = wrappedRowHeight(values, benchWidths);
      if (height) r.height = height;
    }
  }
  const benchRows = bench.rowCount - 1;
  if (benchRows > 0) {
    // Any number: a provincial growth rate may be negative.
    addValidation(bench, `D2:D${benchRows + 1}`, {
      type: 'decimal',
      operator: 'between',
      formulae: [-1e15, 1e15],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: tr.t('template.error.title').slice(0, 32),
      error: tr.t('template.error.decimal'),
    });
  }
  borderTable(bench, BENCHMARK_COLUMNS.length);
  bench.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'D2' }];
  printSetup(bench);

  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimes(markWorkbook(new Uint8Array(buffer as ArrayBuffer), 'template'), date);
}

/**
 * How many data rows a template for these inputs has and for which years (for the CLI's message): a county's template
 * may ask for fewer years than the city's, since the trend items that need earlier years may be the city's alone.
 */
export function templateRowCount(
  pack: Pack,
  profile: Profile,
  years: readonly number[],
  ctx: TemplateContext,
): { rows: number; years: number[] } {
  const rows = templateRows(pack, profile, years, profile.city || ctx.tr.t('template.city-placeholder')).filter(
    (r) => !ctx.region || r.region === ctx.region,
  );
  return { rows: rows.length, years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b) };
}
