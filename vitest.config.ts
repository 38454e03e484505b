// Test runner settings: colour off so that snapshots and pinned messages are stable on every machine.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
    env: { NO_COLOR: '1', FORCE_COLOR: '0', LANG: 'zh_CN.UTF-8' },
    testTimeout: 30000,
    pool: 'forks',
    // The tests share no state (no mocks, no env or cwd changes): one module graph per worker instead of one per test
    // file saves importing yaml, ajv and exceljs 80 times, which was most of the suite's time.
    isolate: false,
    // Every core (vitest's default leaves one for itself, which on a 2-core machine means a single worker).
    maxWorkers: availableParallelism(),
  },
});
