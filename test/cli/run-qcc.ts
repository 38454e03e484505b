// Runs qcc in-process in a folder and collects what it printed, for the command tests.
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runQcc(argv: string[], cwd: string, today = '2021-03-01'): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  const code = await main(argv, {
    stdout: { write: (c: string | Uint8Array) => (stdout += text(c)) },
    stderr: { write: (c: string | Uint8Array) => (stderr += text(c)) },
    cwd,
    env: { NO_COLOR: '1', LANG: 'zh_CN.UTF-8' },
    today,
  });
  return { code, stdout, stderr };
}
