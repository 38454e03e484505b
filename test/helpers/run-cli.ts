// Runs qcc in-process through main() with a fake terminal, collecting what it prints.
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; today?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const decode = (chunk: string | Uint8Array) =>
    typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const code = await main(argv, {
    stdout: { write: (chunk) => (stdout += decode(chunk)) },
    stderr: { write: (chunk) => (stderr += decode(chunk)) },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? { LANG: 'zh_CN.UTF-8' },
    today: options.today ?? '2020-11-30',
  });
  return { code, stdout, stderr };
}
