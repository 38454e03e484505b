// `npm run bench`: qcc against raw baselines measured alternately in the same run, reported as ratios against the
// goals of issue 12. Options: --full (adds 1 000 000-row CSV and 500 000-row xlsx), --quick (10 000 rows, fewer
// repeats), --write (records the figures in bench/README.md). Needs `npm run build` first (npm ci does it).
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { measure, median } from './measure.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const cache = join(root, 'node_modules/.cache/qcc-bench');
const qcc = join(root, 'bin/qcc.js');
const flags = new Set(process.argv.slice(2));
const repeats = flags.has('--quick') ? 3 : 5;

const NODE = { label: '`node -e 0`', args: ['-e', '0'] };
const startup = (label, args, cpuGoal) => ({ label, qcc: [qcc, ...args], baseline: NODE, cpuGoal, repeats });

async function readTask(rows, format) {
  const made = spawnSync(process.execPath, [join(root, 'bench/generate.mjs'), cache, String(rows), format], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (made.status !== 0) throw new Error(`generating ${rows} ${format} rows failed`);
  const { file, profile } = JSON.parse(made.stdout);
  const baseline =
    format === 'csv'
      ? { label: 'csv-parse stream, counting rows', args: [join(root, 'bench/baselines/csv-count.mjs'), file] }
      : {
          label: 'exceljs streaming reader, counting rows',
          args: [join(root, 'bench/baselines/xlsx-count.mjs'), file],
        };
  return {
    label: `validate, ${rows.toLocaleString('en')}-row ${format}`,
    qcc: [qcc, 'validate', file, '--profile', profile],
    baseline,
    cpuGoal: format === 'csv' ? 2 : 1.2,
    // The goals: memory ≤ 1.3× exceljs for the 100 000-row xlsx; for the largest sets a cap of 400 MB instead.
    memGoal: format === 'csv' || rows >= 500_000 ? undefined : 1.3,
    memCapMb: rows >= 500_000 ? 400 : undefined,
    repeats: rows >= 500_000 ? 1 : Math.min(repeats, 3),
  };
}

const sizes = flags.has('--quick') ? [10_000] : [100_000];
const tasks = [
  startup('`qcc --version`', ['--version'], 1.5),
  startup('`qcc rules list`', ['rules', 'list'], 3),
  startup(
    'check of the sample city (`npm start`)',
    ['check', '--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', '--fail-on', 'none'],
    6,
  ),
];
for (const rows of sizes) tasks.push(await readTask(rows, 'xlsx'), await readTask(rows, 'csv'));
if (flags.has('--full')) tasks.push(await readTask(1_000_000, 'csv'), await readTask(500_000, 'xlsx'));

const fmtCpu = (ms) => (ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const verdict = (ok) => (ok ? 'met' : '**not met**');
const rows = [];
for (const task of tasks) {
  const ours = [];
  const theirs = [];
  // Alternating, so that a busy moment of the machine falls on both sides.
  for (let i = 0; i < task.repeats; i += 1) {
    ours.push(measure(task.qcc, root));
    theirs.push(measure(task.baseline.args, root));
  }
  const failed = ours.find((m) => m.failed);
  const cpu = failed ? undefined : median(ours.map((m) => m.cpuMs));
  const mem = failed ? undefined : median(ours.map((m) => m.maxRssMb));
  const baseCpu = median(theirs.map((m) => m.cpuMs ?? NaN));
  const baseMem = median(theirs.map((m) => m.maxRssMb ?? NaN));
  const cpuRatio = cpu === undefined ? undefined : cpu / baseCpu;
  const memRatio = mem === undefined ? undefined : mem / baseMem;
  const goals = [`CPU ≤ ${task.cpuGoal}×`];
  let met = cpuRatio !== undefined && cpuRatio <= task.cpuGoal;
  if (task.memGoal) {
    goals.push(`memory ≤ ${task.memGoal}×`);
    met &&= memRatio !== undefined && memRatio <= task.memGoal;
  }
  if (task.memCapMb) {
    goals.push(`≤ ${task.memCapMb} MB`);
    met &&= mem !== undefined && mem <= task.memCapMb;
  }
  const row = [
    task.label,
    failed ? `**failed** (${failed.failed.slice(0, 80)})` : `${fmtCpu(cpu)}, ${Math.round(mem)} MB`,
    `${task.baseline.label}: ${fmtCpu(baseCpu)}, ${Math.round(baseMem)} MB`,
    cpuRatio === undefined ? '—' : `${cpuRatio.toFixed(1)}× CPU, ${memRatio.toFixed(1)}× memory`,
    goals.join(', '),
    verdict(met),
  ];
  rows.push(row);
  process.stderr.write(`${row.join(' | ')}\n`);
}

const cpu = cpus()[0]?.model.trim() ?? 'CPU';
const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const table = [
  '| work | qcc (CPU, peak memory) | baseline in the same run | ratio | goal | |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const day = new Date().toISOString().slice(0, 10);
const report =
  `Measured ${day} on ${machine}; medians of ${repeats} alternating runs (one for the largest sets); ` +
  `CPU is user + system time.\n\n${table}\n`;
process.stdout.write(`${report}`);

if (flags.has('--write')) {
  const readme = join(root, 'bench/README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const at = text.indexOf(start);
  const to = text.indexOf(end);
  if (at < 0 || to < 0) throw new Error(`bench/README.md has no ${start} … ${end} section`);
  writeFileSync(readme, `${text.slice(0, at + start.length)}\n${report}${text.slice(to)}`);
}
