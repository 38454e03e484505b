// Turns one grid (a sheet or a CSV file) into records or benchmark values: header search, long/wide layout, checks.
import type { BenchmarkValue, DataRecord, Item, Location, Pack, Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem, problemFromIssue, type ProblemCode, type ProblemParams } from '../wording/problem.js';
import { suggest } from '../util/suggest.js';
import { cellAt, type CellContent, type Grid, type GridRow } from './grid.js';
import { columnLetters } from '../util/column-letters.js';
import { cellText } from '../util/cell-text.js';
import {
  BENCHMARK_HEADERS,
  BENCHMARK_SHEET,
  HEADER_SEARCH_ROWS,
  RECORD_HEADERS,
  benchmarkHeader,
  recordHeader,
  type BenchmarkField,
  type HeaderRow,
  type RecordField,
} from './headers.js';
import type { Lookups } from './lookups.js';
import { matchKey, normaliseText } from '../util/normalise-text.js';
import { readValue, type ValueIssue } from '../wording/read-value.js';
import { quoteValue } from '../wording/quote-value.js';
import { evidenceList, shareText, shareValue } from './record-parts.js';
import { readYear } from './read-year.js';
import { layoutRow } from './layout-row.js';

export interface GridContext {
  file: string;
  tr: Translator;
  pack: Pack;
  lookups: Lookups;
  records: DataRecord[];
  benchmarks: BenchmarkValue[];
  problems: Problem[];
  /** Blank benchmark cells the pack has no value for: their warning stands only if no other file supplies the value. */
  blankBenchmarks?: { benchmark: string; title: string; year: number; problem: Problem }[];
}

/** Sheets that explain how to fill in the workbook: skipped without a warning. */
const INSTRUCTION_SHEET = /说明|须知|填报要求|readme|instructions?/i;

/** What a grid held: records, benchmark values, a header whose table was rejected (problem reported), or no table. */
export type GridResult = 'records' | 'benchmarks' | 'rejected' | 'skipped';

export async function readGrid(grid: Grid, ctx: GridContext): Promise<GridResult> {
  const sheetLocation: Location = grid.sheet === undefined ? { file: ctx.file } : { file: ctx.file, sheet: grid.sheet };
  if (grid.hidden) {
    ctx.problems.push(makeProblem(ctx.tr, 'sheet-hidden', 'warning', sheetLocation, { sheet: grid.sheet ?? '' }));
    for await (const _ of grid.rows) void _; // a streamed sheet must still be read through
    return 'skipped';
  }
  const isBenchmarkSheet = grid.sheet !== undefined && matchKey(grid.sheet) === matchKey(BENCHMARK_SHEET);
  let handler: ((row: GridRow) => void) | undefined;
  let result: GridResult = 'skipped';
  let headerFound = false;
  let sawContent = false;
  // A header without a value column may be the upper row of a two-row header (地区 … merged down, 数值 below a
  // group label): it waits one row, and the row below wins when it is a complete header.
  let pending: ReturnType<typeof recordHeader>;
  const takeRecords = (header: NonNullable<ReturnType<typeof recordHeader>>) => {
    headerFound = true;
    handler = recordRows(header, grid, ctx);
    result = handler ? 'records' : 'rejected';
  };
  for await (const row of grid.rows) {
    if (handler) handler(row);
    if (headerFound) continue;
    sawContent = true;
    const bench = row.row > HEADER_SEARCH_ROWS ? undefined : benchmarkHeader(row);
    const record = row.row > HEADER_SEARCH_ROWS || bench || isBenchmarkSheet ? undefined : recordHeader(row);
    if (pending) {
      const upper = pending;
      pending = undefined;
      if (record && hasValues(record)) {
        takeRecords(record);
        continue;
      }
      takeRecords(upper);
      handler?.(row);
      continue;
    }
    if (row.row > HEADER_SEARCH_ROWS) continue;
    if (bench) {
      headerFound = true;
      handler = benchmarkRows(bench, grid, ctx);
      result = handler ? 'benchmarks' : 'rejected';
    } else if (record) {
      if (hasValues(record)) takeRecords(record);
      else pending = record;
    }
  }
  if (pending) takeRecords(pending);
  if (!headerFound && sawContent && grid.sheet !== undefined && !INSTRUCTION_SHEET.test(grid.sheet)) {
    ctx.problems.push(
      makeProblem(ctx.tr, 'sheet-no-header', 'warning', sheetLocation, { sheet: grid.sheet, rows: HEADER_SEARCH_ROWS }),
    );
  }
  return result;
}

/** A record header that says where the values are: a value column (long layout) or year columns (wide). */
function hasValues(header: NonNullable<ReturnType<typeof recordHeader>>): boolean {
  return header.columns.value !== undefined || header.years.size > 0;
}

function locate(ctx: GridContext, grid: Grid, row: number, column?: number): Location {
  if (grid.sheet === undefined)
    return column === undefined ? { file: ctx.file, line: row } : { file: ctx.file, line: row, column };
  if (column === undefined) return { file: ctx.file, sheet: grid.sheet, row };
  return { file: ctx.file, sheet: grid.sheet, cell: `${letters(column)}${row}`, row, column };
}

/** Column letters of the few columns a table has, worked out once each. */
const lettersOf: string[] = [];
const letters = (column: number): string => (lettersOf[column] ??= columnLetters(column));

function report<C extends ProblemCode>(
  ctx: GridContext,
  code: C,
  severity: 'error' | 'warning',
  location: Location,
  params: ProblemParams<C>,
  hint?: string,
): void {
  ctx.problems.push(makeProblem(ctx.tr, code, severity, location, params, hint));
}

const text = (content: CellContent): string => normaliseText(cellText(content));
const optional = (content: CellContent): string | undefined => text(content) || undefined;

function missingColumns<F extends string>(
  ctx: GridContext,
  grid: Grid,
  header: HeaderRow<F>,
  needed: readonly F[],
  names: Readonly<Record<F, readonly string[]>>,
): boolean {
  const missing = needed.filter((f) => header.columns[f] === undefined);
  // Point at the header row's first recognised cell, so the user lands on the header.
  const first = Math.min(...(Object.values(header.columns) as number[]));
  for (const field of missing) {
    report(ctx, 'column-missing', 'error', locate(ctx, grid, header.row, first), {
      column: names[field][0] ?? field,
      aliases: names[field].join('、'),
    });
  }
  return missing.length > 0;
}

/** What the sheet's name says when the table has no 地区 or 年度 column: "2020年" is a year, "柯城区" a region. */
function sheetDefaults(grid: Grid, ctx: GridContext): { year?: number; region?: string } {
  if (grid.sheet === undefined) return {};
  const year = readYear({ kind: 'text', text: grid.sheet });
  if (year.ok) return { year: year.year };
  // With districts listed, only a listed name (or its short form) counts; without, a name that looks like a region.
  const region = ctx.lookups.listed
    ? ctx.lookups.region(grid.sheet)
    : looksLikeRegion(grid.sheet)
      ? normaliseText(grid.sheet)
      : undefined;
  if (region) return { region };
  // A sheet named like "柯城区（2020年）" or "柯城区数据" names one listed district inside a longer name.
  const inside = ctx.lookups.listed
    ? ctx.lookups.regions.filter((r) => r !== ctx.lookups.city && grid.sheet!.includes(r))
    : [];
  return inside.length === 1 ? { region: inside[0]! } : {};
}

const looksLikeRegion = (name: string): boolean => /[区县市]$/.test(normaliseText(name));

function recordRows(
  header: HeaderRow<RecordField>,
  grid: Grid,
  ctx: GridContext,
): ((row: GridRow) => void) | undefined {
  const c = header.columns;
  const wide = c.value === undefined && header.years.size > 0;
  const defaults = sheetDefaults(grid, ctx);
  const needed: RecordField[] = wide
    ? []
    : ['value', ...(defaults.year === undefined ? (['year'] as RecordField[]) : [])];
  if (missingColumns(ctx, grid, header, needed, RECORD_HEADERS)) return undefined;
  const { lookups } = ctx;
  // No 地区 column: the sheet name is the region, else the city; an unknown region-like sheet name is reported once.
  const sheetRegion = defaults.region ?? lookups.city;
  if (
    c.region === undefined &&
    !defaults.region &&
    grid.sheet !== undefined &&
    lookups.listed &&
    looksLikeRegion(grid.sheet)
  ) {
    const near = lookups.suggestRegion(grid.sheet);
    const first = Math.min(...(Object.values(c) as number[]));
    report(
      ctx,
      'region-unknown',
      'error',
      locate(ctx, grid, header.row, first),
      { region: grid.sheet, regions: lookups.regions.join('、') },
      near ? ctx.tr.t('hint.did-you-mean', { suggestion: near }) : undefined,
    );
    return undefined; // like a row with an unknown region, the sheet's records are left out
  }
  // A county's file without a 地区 column would silently count as the city's data: say so, once per sheet.
  if (
    c.region === undefined &&
    !defaults.region &&
    grid.sheet !== undefined &&
    lookups.listed &&
    lookups.regions.length > 1
  ) {
    const first = Math.min(...(Object.values(c) as number[]));
    report(ctx, 'region-assumed-city', 'warning', locate(ctx, grid, header.row, first), {
      sheet: grid.sheet,
      city: lookups.city,
    });
  }

  // The columns that name a row, and the wide layout's year columns in year order: worked out once, not per row.
  const labels = [c.region, c.item, c.title];
  const yearColumns = [...header.years].sort((a, b) => a[0] - b[0]);
  return (row) => {
    // Footer notes, group headings and totals rows are the table's layout, as title rows above the header are.
    if (layoutRow(row, labels, lookups)) return;
    const idCell = cellAt(row, c.item);
    const titleCell = cellAt(row, c.title);
    const id = text(idCell);
    const title = text(titleCell);
    const hasValue = wide
      ? yearColumns.some(([, col]) => cellAt(row, col).kind !== 'blank')
      : cellAt(row, c.value).kind !== 'blank';
    if (!id && !title) {
      if (hasValue) report(ctx, 'item-missing', 'error', locate(ctx, grid, row.row, c.item ?? c.title), {});
      return;
    }
    // A title alone with nothing else is a section heading such as "(一)完善质量工作机制".
    if (!id && !hasValue && cellAt(row, c.year).kind === 'blank') return;
    const item = resolveItem(ctx, grid, row, c, id, title);
    if (!item) return;
    const region = resolveRegion(ctx, grid, row, c.region, sheetRegion);
    if (region === undefined) return;
    const unit = optional(cellAt(row, c.unit));
    const reporter = optional(cellAt(row, c.reporter));
    const note = optional(cellAt(row, c.note));
    // Strings, values and evidence lists are shared between records, so a record holds little of its own.
    const parts: RowParts = {
      region: shareText(region),
      item: item.id,
      title: title ? shareText(title) : undefined,
      unit: unit ? shareText(unit) : undefined,
      reporter: reporter ? shareText(reporter) : undefined,
      evidence: c.evidence === undefined ? NO_EVIDENCE : evidenceList(cellText(cellAt(row, c.evidence))),
      evidenceColumn: c.evidence,
      note: note ? shareText(note) : undefined,
    };
    if (wide) {
      for (const [year, column] of yearColumns) {
        const cell = cellAt(row, column);
        // An empty year column in a wide table just means no figure for that year: the engine reports it missing.
        if (cell.kind === 'blank') continue;
        addRecord(ctx, grid, row.row, column, parts, year, item, cell, unit);
      }
      return;
    }
    // A template row nobody filled in (no value, no year) says nothing: the engine reports the item as missing.
    if (!hasValue && cellAt(row, c.year).kind === 'blank') return;
    const year = resolveYear(ctx, grid, row, c.year, defaults.year);
    if (year === undefined) return;
    addRecord(ctx, grid, row.row, c.value as number, parts, year, item, cellAt(row, c.value), unit);
  };
}

/** What the records of one row have in common (a wide row gives one record per year). */
interface RowParts {
  region: string;
  item: string;
  title: string | undefined;
  unit: string | undefined;
  reporter: string | undefined;
  evidence: string[];
  evidenceColumn: number | undefined;
  note: string | undefined;
}

/**
 * A record as one object literal in a fixed order (one of two shapes): records then share a hidden class with all their
 * fields in the object itself (fields added one by one went to a separate property array, 24 bytes more a record;
 * spreading a row's fields gave every record a class of its own, some 350 bytes). A field the row does not have is
 * undefined or left out, which JSON and every report treat alike.
 */
function makeRecord(parts: RowParts, year: number, value: DataRecord['value'], raw: string, location: Location) {
  // A year read from a number cell may be a boxed double (2020.0): as an integer it is stored in the record itself.
  const y = year | 0;
  const { region, item, title, unit, reporter, evidence, evidenceColumn, note } = parts;
  // Most rows have no 单位 and no 备注: their records leave those two slots out (16 bytes each, 16 MB a million rows).
  const record: DataRecord =
    unit === undefined && note === undefined
      ? { region, item, title, reporter, evidence, evidenceColumn, year: y, value, raw, location }
      : { region, item, title, unit, reporter, evidence, evidenceColumn, note, year: y, value, raw, location };
  return record;
}

/** A record without a 佐证材料 column lists nothing; every such record shares this one empty list. */
const NO_EVIDENCE = Object.freeze([]) as unknown as string[];

function addRecord(
  ctx: GridContext,
  grid: Grid,
  row: number,
  column: number,
  parts: RowParts,
  year: number,
  item: Item,
  cell: CellContent,
  unit: string | undefined,
): void {
  const location = locate(ctx, grid, row, column);
  const read = readValue(cell, item, ctx.tr, unit);
  for (const issue of read.issues) {
    const problem = problemFromIssue(ctx.tr, issue, location);
    // A placeholder (—, /, 暂无) was typed on purpose: the warning says what the cell holds, not that it is empty.
    if (issue.code === 'value-missing' && read.raw.trim() !== '')
      problem.message = ctx.tr.t('data.value-placeholder', { item: item.id, value: quoteValue(read.raw.trim()) });
    ctx.problems.push(problem);
  }
  ctx.records.push(makeRecord(parts, year, shareValue(read.value), shareText(read.raw), location));
}

function reportIssue(ctx: GridContext, issue: ValueIssue, location: Location): void {
  ctx.problems.push(problemFromIssue(ctx.tr, issue, location));
}

function resolveItem(
  ctx: GridContext,
  grid: Grid,
  row: GridRow,
  c: Partial<Record<RecordField, number>>,
  id: string,
  title: string,
): Item | undefined {
  const { lookups, tr } = ctx;
  if (id) {
    const item = lookups.itemById(id);
    if (!item) {
      const near = lookups.suggestItem(id, title);
      report(
        ctx,
        'item-unknown',
        'error',
        locate(ctx, grid, row.row, c.item),
        { item: id },
        near ? tr.t('hint.did-you-mean', { suggestion: near }) : tr.t('hint.item-unknown'),
      );
      return undefined;
    }
    if (title && !lookups.titleMatches(item, title)) {
      const byTitle = lookups.itemByTitle(title);
      // The hint names the id the title belongs to when there is one; otherwise it only asks to check the name.
      const hint = byTitle ? undefined : ctx.tr.t('hint.item-title-mismatch-no-id');
      report(
        ctx,
        'item-title-mismatch',
        'warning',
        locate(ctx, grid, row.row, c.title),
        { item: item.id, title, expected: item.title, other: byTitle?.id ?? '' },
        hint,
      );
    }
    return item;
  }
  const item = lookups.itemByTitle(title);
  if (!item) {
    const near = lookups.suggestItem(undefined, title);
    report(
      ctx,
      'item-unknown',
      'error',
      locate(ctx, grid, row.row, c.title),
      { item: title },
      near ? tr.t('hint.did-you-mean', { suggestion: near }) : tr.t('hint.item-unknown'),
    );
  }
  return item;
}

function resolveRegion(
  ctx: GridContext,
  grid: Grid,
  row: GridRow,
  column: number | undefined,
  fallback: string,
): string | undefined {
  const name = text(cellAt(row, column));
  if (!name) return fallback;
  const region = ctx.lookups.region(name);
  if (region === undefined) {
    const near = ctx.lookups.suggestRegion(name);
    report(
      ctx,
      'region-unknown',
      'error',
      locate(ctx, grid, row.row, column),
      { region: name, regions: ctx.lookups.regions.join('、') },
      near ? ctx.tr.t('hint.did-you-mean', { suggestion: near }) : undefined,
    );
  }
  return region;
}

function resolveYear(
  ctx: GridContext,
  grid: Grid,
  row: GridRow,
  column: number | undefined,
  fallback: number | undefined,
): number | undefined {
  const cell = cellAt(row, column);
  if (cell.kind === 'blank' && fallback !== undefined) return fallback;
  const year = readYear(cell);
  if (year.ok) return year.year;
  report(ctx, 'year-invalid', 'error', locate(ctx, grid, row.row, column), { value: year.text || cellText(cell) });
  return undefined;
}

function benchmarkRows(
  header: HeaderRow<BenchmarkField>,
  grid: Grid,
  ctx: GridContext,
): ((row: GridRow) => void) | undefined {
  if (missingColumns(ctx, grid, header, ['benchmark', 'year', 'value'], BENCHMARK_HEADERS)) return undefined;
  const c = header.columns;
  const known = new Map(ctx.pack.benchmarks.map((b) => [b.id, b]));
  return (row) => {
    const id = text(cellAt(row, c.benchmark));
    if (!id) return;
    const benchmark = known.get(id);
    // A note under the 基准值 table; a row naming a known benchmark is data however bare it is.
    if (!benchmark && layoutRow(row, [c.benchmark], ctx.lookups)) return;
    if (!benchmark) {
      const near = suggest(id, known.keys());
      report(
        ctx,
        'benchmark-unknown',
        'error',
        locate(ctx, grid, row.row, c.benchmark),
        { benchmark: id, allowed: [...known.keys()].join('、') || '—' },
        near ? ctx.tr.t('hint.did-you-mean', { suggestion: near }) : undefined,
      );
      return;
    }
    const year = resolveYear(ctx, grid, row, c.year, undefined);
    if (year === undefined) return;
    const location = locate(ctx, grid, row.row, c.value);
    // Read like an index item in the benchmark's unit: a percent cell or "0.3‰" converts, any sign (growth can fall).
    const pseudo = { id, title: benchmark.title, measure: { kind: 'index', unit: benchmark.unit, range: {} } } as Item;
    const read = readValue(cellAt(row, c.value), pseudo, ctx.tr);
    for (const issue of read.issues) {
      // A blank benchmark cell means "use the pack's value": worth a word only when the pack has none for that year.
      if (issue.code === 'value-missing') {
        if (benchmark.values[String(year)] === undefined) {
          report(ctx, 'benchmark-value-missing', 'warning', location, { benchmark: id, title: benchmark.title, year });
          ctx.blankBenchmarks?.push({
            benchmark: id,
            title: benchmark.title,
            year,
            problem: ctx.problems[ctx.problems.length - 1]!,
          });
        }
      } else reportIssue(ctx, issue, location);
    }
    if (read.value.type !== 'number') return;
    const source = optional(cellAt(row, c.source));
    ctx.benchmarks.push({ benchmark: id, year, value: read.value.value, ...(source ? { source } : {}), location });
  };
}
