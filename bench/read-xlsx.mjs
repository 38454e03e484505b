// Bench (not a test): peak memory of reading a 100k-row xlsx with qcc's streaming path vs exceljs's full load.
// Run after `npm run build`: node bench/read-xlsx.mjs [rows]. Each reader runs in its own child process so that
// maxRSS is its own; the parent prints the ratio. Baseline numbers are in bench/read-xlsx.baseline.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const self = fileURLToPath(import.meta.url);
const ITEMS = ['1.1.1', '1.2.1', '1.3.1', '4.1.1', '4.1.2', '4.2.1', '6.3.1', '6.3.2', '6.4.1', '6.4.2'];
const VALUES = { '1.1.1': '是', '1.3.1': 'A', '4.1.2': 0, '4.2.1': 8 };

async function generate(file, rows) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('指标数据');
  ws.addRow(['地区', '指标编号', '指标名称', '年度', '数值', '单位', '填报单位', '佐证材料', '备注']).commit();
  for (let i = 0; i < rows; i += 1) {
    // 1000 regions × 10 items × 10 years: every record distinct, so no duplicate problems.
    const item = ITEMS[i % 10];
    const year = 2011 + (Math.floor(i / 10) % 10);
    const region = `地区${Math.floor(i / 100)}`;
    const row = ws.addRow([
      region,
      item,
      '',
      year,
      VALUES[item] ?? (i % 97) + 0.5,
      '',
      '填报单位',
      '材料一、材料二',
      '',
    ]);
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

async function child(mode, file) {
  const started = process.hrtime.bigint();
  let records = 0;
  if (mode === 'exceljs-full') {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.eachSheet((ws) => ws.eachRow(() => (records += 1)));
  } else {
    const { translator } = await import(join(root, 'dist/i18n/index.js'));
    const { readPack } = await import(join(root, 'dist/pack/read-pack.js'));
    const { readDataFiles } = await import(join(root, 'dist/data/read-data.js'));
    const tr = translator('zh');
    const { pack } = readPack(join(root, 'fixtures/packs/mini'), root, tr);
    // No regions listed: any 地区 is accepted, as for a profile without districts.
    const profile = { city: '', districts: [], overrides: {}, notApplicable: {}, waivers: [] };
    const dataset = await readDataFiles([file], {
      cwd: root,
      tr,
      pack,
      profile,
      xlsxReader: mode === 'qcc-stream' ? 'auto' : 'full',
    });
    records = dataset.records.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ mode, records, seconds: Number(seconds.toFixed(2)), maxRssMb: Math.round(maxRssMb) }),
  );
}

async function parent(rows) {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-bench-'));
  try {
    const file = join(dir, 'big.xlsx');
    await generate(file, rows);
    console.log(`${rows} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
    const results = {};
    for (const mode of ['qcc-stream', 'qcc-full', 'exceljs-full']) {
      const run = spawnSync(process.execPath, ['--max-old-space-size=4096', self, '--child', mode, file], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`);
      results[mode] = JSON.parse(run.stdout);
      const { records, seconds, maxRssMb } = results[mode];
      console.log(`${mode.padEnd(13)} records ${records}  ${seconds}s  peak RSS ${maxRssMb} MB`);
    }
    const ratio = results['qcc-stream'].maxRssMb / results['exceljs-full'].maxRssMb;
    console.log(`qcc streaming / exceljs full load peak memory: ${ratio.toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1], args[2]);
else await parent(Number(args[0] ?? 100000));
