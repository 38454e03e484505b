// Runs one command in a fresh Node process with bench/rusage.mjs preloaded and returns its CPU time and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const preload = fileURLToPath(new URL('./rusage.mjs', import.meta.url));

/** `args` are what follows `node`; the result is null when the process failed (a crash is a finding, not a number). */
export function measure(args, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-rusage-'));
  const out = join(dir, 'rusage.json');
  try {
    const run = spawnSync(process.execPath, ['--import', preload, ...args], {
      cwd,
      env: { ...process.env, QCC_BENCH_RUSAGE: out, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0 && run.status !== 1) {
      return { failed: `exit ${run.status ?? run.signal}: ${(run.stderr || '').split('\n').slice(-3).join(' ')}` };
    }
    return JSON.parse(readFileSync(out, 'utf8'));
  } catch (error) {
    return { failed: String(error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
