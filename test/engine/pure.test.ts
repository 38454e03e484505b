// The engine (and the explain formatter) stay pure: no file system, no process, no exceljs or chalk, no pack or cli imports.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const FORBIDDEN = [/from ['"](node:)?(fs|fs\/promises|child_process|path|os)['"]/, /\bprocess\./, /from ['"]exceljs['"]/, /import\(['"]exceljs['"]\)/, /from ['"]chalk['"]/, /from ['"]\.\.\/(\.\.\/)?(pack|cli|io|data)\//];

describe('purity', () => {
  it.each([...files('src/engine'), 'src/report/explain-text.ts'])('%s imports nothing impure', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
  });
});
