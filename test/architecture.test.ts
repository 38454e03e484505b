// The one direction to protect: engine and report stay pure; only the CLI knows commander; model is types only.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';

function sources(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sources(relative(ROOT, path));
    return /\.ts$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const imports = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

const offenders = (files: string[], test: (spec: string, text: string) => boolean): string[] =>
  files.filter((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    return imports(file).some((spec) => test(spec, text)) || test('', text);
  });

describe('architecture', () => {
  const engine = sources('src/engine');
  const report = sources('src/report');

  it('engine and report read no files and no process state', () => {
    const impure = offenders([...engine, ...report], (spec, text) => /^(node:)?fs(\/promises)?$/.test(spec) || (spec === '' && /\bprocess\.(env|argv|exit|cwd|stdout|stderr)/.test(text)));
    expect(impure).toEqual([]);
  });

  it('the engine imports neither exceljs nor chalk', () => {
    expect(offenders(engine, (spec) => spec === 'exceljs' || spec === 'chalk')).toEqual([]);
  });

  it('only src/cli imports commander', () => {
    const all = sources('src').filter((f) => !f.startsWith('src/cli/'));
    expect(offenders(all, (spec) => spec === 'commander')).toEqual([]);
  });

  it('exceljs is only loaded lazily, never by a static import', () => {
    const all = sources('src');
    const eager = all.filter((file) => /^\s*import\s+(?!type\b)[^;]*from\s+['"]exceljs['"]/m.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(eager).toEqual([]);
  });

  it('src/model holds types only', () => {
    for (const file of sources('src/model')) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      expect(code, file).not.toMatch(/^\s*export\s+(const|let|var|function|class|enum)\b/m);
    }
  });

  it('every source file starts with a one-line comment saying what it is for', () => {
    const missing = sources('src').filter((file) => !readFileSync(join(ROOT, file), 'utf8').startsWith('//'));
    expect(missing).toEqual([]);
  });
});
