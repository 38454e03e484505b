// The layer rules of src/ as one table: which layers and packages each layer may import, checked on every source file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';

type Layer = 'cli' | 'report' | 'data' | 'io' | 'engine' | 'pack' | 'wording' | 'model' | 'util' | 'i18n';

interface Rule {
  /** The other layers this one may import (its own folder always). */
  imports: readonly Layer[];
  /** Folders of another layer it may import although the layer as a whole is not open to it. */
  paths?: readonly string[];
  /** Packages and node built-ins it must not import, by name (node: prefix ignored). */
  forbidden?: readonly string[];
  /** No `process.` at all: the layer gets what it needs as arguments. */
  noProcess?: boolean;
  /** Declarations only: nothing that runs. */
  typesOnly?: boolean;
}

// wording: the helpers that put values and problems into the user's words (makeProblem, the value reader, ranges):
// they need the catalogue, so they sit above util, which stays free of language.
const BOTTOM: readonly Layer[] = ['wording', 'model', 'util', 'i18n'];
const ANY_FILE_ACCESS = ['fs', 'fs/promises', 'child_process', 'path', 'os'];

// The direction of DESIGN.md, cli → {report, data, io, engine, pack} → {model, util, i18n}: the middle layers do not
// import one another (report → engine, data → pack included): what they share is a type in model. engine and report
// are pure: no files, no process, no terminal.
// One opening: the target-kind registry (src/engine/targets) is the one place that knows a kind, so the pack reader
// reads targets through it and the report describes them through it (CONTRIBUTING.md, "Adding a target kind").
const TARGETS = 'src/engine/targets/';
const LAYERS: Record<Layer, Rule> = {
  cli: { imports: ['report', 'data', 'io', 'engine', 'pack', ...BOTTOM] },
  report: { imports: BOTTOM, paths: [TARGETS], forbidden: [...ANY_FILE_ACCESS, 'commander'], noProcess: true },
  data: { imports: BOTTOM, forbidden: ['commander'] },
  io: { imports: BOTTOM, forbidden: ['commander'] },
  engine: {
    imports: BOTTOM,
    forbidden: [...ANY_FILE_ACCESS, 'crypto', 'zlib', 'exceljs', 'chalk', 'cli-table3', 'commander'],
    noProcess: true,
  },
  pack: { imports: BOTTOM, paths: [TARGETS], forbidden: ['commander'] },
  wording: { imports: ['model', 'util', 'i18n'], forbidden: [...ANY_FILE_ACCESS, 'commander'], noProcess: true },
  util: { imports: ['model'], forbidden: ['commander'] },
  i18n: { imports: ['model'], forbidden: ['commander'] },
  model: { imports: [], typesOnly: true },
};

// Known breaches, each waiting for a redesign larger than a move. The test says when a line can go.
const EXCEPTIONS: ReadonlyArray<readonly [file: string, layer: Layer]> = [];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );
}

/** Every module specifier: static and dynamic imports, `import type`, and re-exports. */
const specifiers = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom|^\s*import|\bimport\s*\()\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');

const layerOf = (file: string): string => file.split('/')[1] ?? '';

/** What is wrong with one source file, in words; empty when it keeps the rules. */
function breaches(file: string, text: string): string[] {
  const own = layerOf(file) as Layer;
  const rule = LAYERS[own];
  if (!rule) return [`${file}: src/${own} is not a layer of the table`];
  const out: string[] = [];
  for (const spec of specifiers(text)) {
    if (spec.startsWith('.')) {
      const path = posix.normalize(posix.join(dirname(file), spec));
      const target = layerOf(path);
      const excepted = EXCEPTIONS.some(([f, l]) => f === file && l === target);
      const opened = rule.paths?.some((p) => path.startsWith(p)) ?? false;
      if (target !== own && !rule.imports.includes(target as Layer) && !excepted && !opened)
        out.push(`${file}: ${own} imports ${target} (${spec})`);
    } else if (rule.forbidden?.includes(spec.replace(/^node:/, ''))) {
      out.push(`${file}: ${own} imports ${spec}`);
    }
  }
  if (rule.noProcess && /\bprocess\./.test(text)) out.push(`${file}: ${own} uses process`);
  if (rule.typesOnly && /^\s*export\s+(const|let|var|function|class|enum)\b/m.test(text))
    out.push(`${file}: code in a types-only layer`);
  // exceljs is large: loading it for every run would slow the commands that never touch a workbook.
  if (/^\s*import\s+(?!type\b)[^;]*from\s+['"]exceljs['"]/m.test(text)) out.push(`${file}: imports exceljs eagerly`);
  if (!text.startsWith('//')) out.push(`${file}: no one-line comment at the top saying what it is for`);
  return out;
}

describe('architecture', () => {
  const files = sources('src');

  it.each(files)('%s keeps the layer rules', (file) => {
    expect(breaches(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('no array is spread into push or unshift (util/append.ts instead)', () => {
    // Spreading passes every element as an argument: past about 125 000 the call stack overflows. util/append.ts loops.
    const spread = /\.(push|unshift)\(\s*\.\.\./;
    const code = (file: string): string => readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$/gm, '');
    const offenders = files.filter((file) => spread.test(code(file)));
    expect(offenders).toEqual([]);
  });

  it('every exception is still needed', () => {
    const stale = EXCEPTIONS.filter(([file, layer]) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return !specifiers(text).some(
        (spec) => spec.startsWith('.') && layerOf(posix.normalize(posix.join(dirname(file), spec))) === layer,
      );
    });
    expect(stale).toEqual([]);
  });

  // The checker itself: each line must be flagged (or not) as stated, so that a broken regex cannot pass everything.
  it.each([
    ['src/report/a.ts', "// x\nimport type { Diff } from '../engine/diff.js';", true],
    ['src/data/a.ts', "// x\nimport { RULES_DIR } from '../pack/builtin.js';", true],
    ['src/report/a.ts', "// x\nimport type { Diff } from '../model/index.js';", false],
    ['src/cli/a.ts', "// x\nimport { evaluate } from '../engine/evaluate.js';", false],
    ['src/report/a.ts', "// x\nimport { x } from '../data/read-data.js';", true],
    ['src/engine/a.ts', "// x\nimport type { Pack } from '../pack/read-pack.js';", true],
    ['src/engine/a.ts', "// x\nexport { y } from '../report/y.js';", true],
    ['src/pack/a.ts', "// x\nconst m = await import('../cli/main.js');", true],
    ['src/util/a.ts', "// x\nimport type { Translator } from '../i18n/index.js';", true],
    ['src/model/a.ts', "// x\nimport type { Dataset } from './dataset.js';", false],
    ['src/model/a.ts', '// x\nexport const n = 1;', true],
    ['src/engine/a.ts', "// x\nimport { readFileSync } from 'node:fs';", true],
    ['src/report/a.ts', '// x\nconst w = process.stdout.columns;', true],
    ['src/report/a.ts', "// x\nimport { gzipSync } from 'node:zlib';", false],
    ['src/data/a.ts', "// x\nimport ExcelJS from 'exceljs';", true],
    ['src/data/a.ts', "// x\nimport type { Worksheet } from 'exceljs';", false],
    ['src/pack/a.ts', "// x\nimport { Command } from 'commander';", true],
    ['src/cli/a.ts', "// x\nimport { Command } from 'commander';", false],
    ['src/pack/a.ts', "import { x } from './b.js';", true],
    ['src/web/a.ts', '// x', true],
  ] as const)('the checker on %s: %j is a breach: %s', (file, text, breach) => {
    expect(breaches(file, text).length > 0).toBe(breach);
  });
});
