// On a colour terminal qcc's own colours still work while a data value's escape sequences are shown, not acted on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function runOnTerminal(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
  const code = await main(argv, {
    stdout: { write: (chunk) => (stdout += text(chunk)), isTTY: true, columns: 120 },
    stderr: { write: (chunk) => (stderr += text(chunk)), isTTY: true },
    cwd,
    env: { LANG: 'zh_CN.UTF-8', ...env },
    today: '2024-12-15',
  });
  return { code, stdout, stderr };
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-terminal-'));
  writeFileSync(join(dir, 'qcc.yaml'), 'pack: quality-city\ncity: 台州市\nyear: 2024\n');
  writeFileSync(join(dir, 'data.csv'), '地区,指标编号,年度,数值\n台州市,6.3.1,2024,1\u001b[2J\u001b]0;x\u000700\n');
  return dir;
}

describe('text on a terminal', () => {
  it('keeps qcc’s colours and shows the data’s escapes (validate prints its problems on stdout)', async () => {
    const run = await runOnTerminal(['validate', 'data.csv'], folder());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\u001b[31m错误\u001b[39m');
    expect(run.stdout).toContain('1␛[2J␛]0;x␇00');
    expect(run.stdout).not.toContain('\u001b[2J');
    expect(run.stdout).not.toContain('\u0007');
  });
  it('shows a colour code from the data when qcc does not colour (NO_COLOR)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'data.csv'), '地区,指标编号,年度,数值\n台州市,6.3.1,2024,1\u001b[32m00\n');
    const run = await runOnTerminal(['validate', 'data.csv'], dir, { NO_COLOR: '1' });
    expect(run.stdout).toContain('1␛[32m00');
    expect(run.stdout).not.toContain('\u001b');
  });

  it('shows a colour code from the data even when qcc colours (a value cannot paint itself)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'data.csv'), '地区,指标编号,年度,数值\n台州市,6.3.1,2024,1\u001b[32m00\n');
    const run = await runOnTerminal(['validate', 'data.csv'], dir);
    expect(run.stdout).toContain('\u001b[31m错误\u001b[39m');
    expect(run.stdout).toContain('1␛[32m00');
    expect(run.stdout).not.toContain('\u001b[32m00');
  });
});
