#!/usr/bin/env node
// Shim: runs the built CLI and turns its result into the process exit code; a crash is exit 2.
import { main } from '../dist/cli/main.js';

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  });
} catch (error) {
  process.stderr.write(`qcc: ${error && error.stack ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}
