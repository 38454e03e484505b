// Preloaded into every measured process (node --import): on exit, writes its own CPU time and peak memory to the file
// named by QCC_BENCH_RUSAGE, so that qcc and the baselines are measured the same way, by the process itself.
import { writeFileSync } from 'node:fs';

const out = process.env.QCC_BENCH_RUSAGE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 }),
    );
  });
}
