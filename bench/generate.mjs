// Generates valid data sets in the template's long layout (xlsx and CSV) with a profile naming their regions, so that
// `qcc validate` reads every row and reports nothing: the bench measures reading, not reporting.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const YEARS = 10;
const HEADER = ['地区', '指标编号', '指标名称', '年度', '数值', '单位', '填报单位', '佐证材料', '备注'];

/** The built-in pack's items with a value each that its measure reads as valid. */
function items() {
  const json = execFileSync(process.execPath, [join(root, 'bin/qcc.js'), 'rules', 'list', '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(json).items.map((item) => ({ id: item.id, title: item.title, value: valueFor(item.measure) }));
}

function valueFor(measure) {
  const typical = measure.typical;
  switch (measure.kind) {
    case 'yes-no':
      return '是';
    case 'grade':
      return 'A';
    case 'events':
      return 0;
    case 'rank':
      return 5;
    case 'count':
      return 3;
    case 'rate':
      return 95.5;
    default:
      return typical ? (typical.min + typical.max) / 2 : 50;
  }
}

function regionsFor(rows, perRegion) {
  const count = Math.max(1, Math.ceil(rows / perRegion) - 1);
  return Array.from({ length: count }, (_, i) => `第${String(i + 1).padStart(4, '0')}区`);
}

/** `rows` distinct region × item × year rows, the city's first. */
function* rowsOf(list, regions, rows) {
  const all = ['本市', ...regions];
  for (let i = 0; i < rows; i += 1) {
    const item = list[i % list.length];
    const year = 2020 - (Math.floor(i / list.length) % YEARS);
    const region = all[Math.floor(i / (list.length * YEARS))];
    yield [region, item.id, item.title, year, item.value, '', '填报单位', '材料一、材料二', ''];
  }
}

const csvCell = (cell) => (/[",\r\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell));

async function writeCsv(file, list, regions, rows) {
  const out = createWriteStream(file);
  out.write(`\ufeff${HEADER.join(',')}\r\n`);
  let pending = [];
  const flush = async () => {
    if (!out.write(pending.join(''))) await once(out, 'drain');
    pending = [];
  };
  for (const cells of rowsOf(list, regions, rows)) {
    pending.push(`${cells.map(csvCell).join(',')}\r\n`);
    if (pending.length >= 5000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(file, list, regions, rows) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('指标数据');
  ws.addRow(HEADER).commit();
  for (const cells of rowsOf(list, regions, rows)) ws.addRow(cells).commit();
  ws.commit();
  await wb.commit();
}

/**
 * The data set of `rows` rows in `format` under `dir` (made once, then reused: generating 1M rows takes longer than
 * reading them), and the profile that names its regions. Returns the data file's and the profile's paths.
 */
export async function dataset(dir, rows, format) {
  mkdirSync(dir, { recursive: true });
  const list = items();
  const regions = regionsFor(rows, list.length * YEARS);
  const profile = join(dir, `qcc-${rows}.yaml`);
  writeFileSync(
    profile,
    `pack: quality-city\ncity: 本市\nyear: 2020\ndistricts:\n${regions.map((r) => `  - ${r}\n`).join('')}`,
  );
  // The items' ids, titles and values name the file: a pack change makes a new set rather than reading a stale one.
  const key = createHash('sha256').update(JSON.stringify(list)).digest('hex').slice(0, 8);
  const file = join(dir, `data-${rows}-${key}.${format}`);
  if (!existsSync(file)) {
    const partial = `${file}.partial.${format}`;
    await (format === 'csv' ? writeCsv : writeXlsx)(partial, list, regions, rows);
    renameSync(partial, file);
  }
  return { file, profile };
}

// Run as a program (bench/run.mjs does, so that the measuring process stays small: a child's peak memory starts at
// its parent's, since Linux keeps ru_maxrss across fork and exec): node bench/generate.mjs DIR ROWS FORMAT.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, rows, format] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(await dataset(dir, Number(rows), format)));
}
