#!/usr/bin/env node
// Shim: runs the built CLI and turns its result into the process exit code; a crash is exit 2.
import { main } from '../dist/cli/main.js';

// `qcc rules list | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  });
} catch (error) {
  process.stderr.write(`qcc: ${error && error.stack ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}
