// `qcc rules test`: a fixture pack's cases pass (exit 0); a wrong expectation at file:line (1); a bad case file (2).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'fixtures/packs/cases-demo');

async function qcc(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string | Uint8Array) => void (out += String(s)) },
    stderr: { write: (s: string | Uint8Array) => void (err += String(s)) },
    cwd,
    env: { NO_COLOR: '1' },
    today: '2020-06-01',
  };
  const code = await main(args, io);
  return { code, out, err };
}

const temps: string[] = [];
/** A copy of the demo pack with one more case file. */
function packWith(caseFile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-rules-test-'));
  temps.push(dir);
  cpSync(DEMO, dir, { recursive: true });
  writeFileSync(join(dir, 'tests', 'zz-extra.yaml'), caseFile);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('qcc rules test', () => {
  it('runs every case of the fixture pack and exits 0 when all pass', async () => {
    const { code, out, err } = await qcc(['rules', 'test', 'fixtures/packs/cases-demo']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('fixtures/packs/cases-demo/tests/06-engineering.yaml\n  ✓ 工程一次验收合格率 100% 达标');
    expect(out).toMatch(/10 个用例：10 个通过，0 个失败。\n$/);
  });

  it('takes the pack from --pack too', async () => {
    const { code } = await qcc(['rules', 'test', '--pack', 'fixtures/packs/cases-demo']);
    expect(code).toBe(0);
  });

  it('reports a failing case with its file:line, what differed and the gap; exit 1', async () => {
    const dir = packWith(
      [
        'cases:',
        '  - name: 故意写错的期望',
        '    year: 2020',
        '    records:',
        '      - { item: "6.3.1", year: 2020, value: 99.5 }',
        '    expect:',
        '      "6.3.1": pass',
        '      "6.3.2@柯城区": missing',
        '',
      ].join('\n'),
    );
    const { code, out } = await qcc(['rules', 'test', dir], dir);
    expect(code).toBe(1);
    expect(out).toContain(
      '  ✗ 故意写错的期望（tests/zz-extra.yaml:2:11）\n      6.3.1：期望 pass，实际 fail（还差 0.5 个百分点）\n',
    );
    expect(out).not.toContain('6.3.2@柯城区');
    expect(out).toMatch(/11 个用例：10 个通过，1 个失败。\n$/);
  });

  it('an expectation for a region the case has no outcome for says so (English)', async () => {
    const dir = packWith(
      [
        'cases:',
        '  - name: district item on the city',
        '    year: 2020',
        '    expect: { "6.3.2@柯城区": pass }',
        '',
      ].join('\n'),
    );
    const { code, out } = await qcc(['--lang', 'en', 'rules', 'test', dir], dir);
    expect(code).toBe(1);
    expect(out).toContain('6.3.2@柯城区: expected pass, got missing (not reported (2020))');
  });

  it.each([
    {
      name: 'an unknown item',
      file: 'cases:\n  - name: x\n    year: 2020\n    expect: { "6.3.9": pass }\n',
      code: 'case-unknown-item',
      at: 'tests/zz-extra.yaml:4:',
    },
    {
      name: 'a bad status',
      file: 'cases:\n  - name: x\n    year: 2020\n    expect: { "6.3.1": passed }\n',
      code: 'case-bad-status',
      at: 'tests/zz-extra.yaml:4:',
    },
    {
      name: 'a misspelt key',
      file: 'cases:\n  - name: x\n    yaer: 2020\n    expect: { "6.3.1": pass }\n',
      code: 'schema-unknown-key',
      at: 'tests/zz-extra.yaml:3:5',
    },
    { name: 'no cases list', file: 'name: x\n', code: 'case-file-shape', at: 'tests/zz-extra.yaml:1:1' },
    { name: 'YAML syntax', file: 'cases: [\n', code: 'yaml-syntax', at: 'tests/zz-extra.yaml:' },
  ])('$name is a problem with its position; exit 2', async ({ file, code, at }) => {
    const dir = packWith(file);
    const result = await qcc(['rules', 'test', dir], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`[${code}]`);
    expect(result.err).toContain(at);
    expect(result.out).toBe('');
  });

  it('a pack without tests/ exits 2 and says so', async () => {
    const { code, err } = await qcc(['rules', 'test', 'fixtures/packs/mini']);
    expect(code).toBe(2);
    expect(err).toContain('[case-no-cases]');
  });
});
