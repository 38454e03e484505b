// The validators `npm run build` precompiles give the same verdict and the same errors as ajv compiling the schemas,
// on every YAML file of the repository (valid and invalid packs, item files, profiles) against every schema.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { validatorsCode } from '../../scripts/build-validators.mjs';
import { SCHEMA_NAMES, schemasHash, validatorFor, type SchemaName } from '../../src/pack/schemas.js';
import { ROOT } from '../helpers/paths.js';

// Inside the repository, so that the validators' require('ajv/dist/runtime/…') finds ajv.
mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/qcc-validators-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'schema-validators.cjs');
writeFileSync(file, validatorsCode());
const built = createRequire(import.meta.url)(file) as Record<SchemaName, ValidateFunction> & { schemaHash: string };

function yamlFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(`${folder}/${e.name}`) : /\.ya?ml$/.test(e.name) ? [`${folder}/${e.name}`] : [],
  );
}

const documents = [...yamlFiles('fixtures'), ...yamlFiles('rules')].flatMap((path) => {
  try {
    return [[path, parse(readFileSync(join(ROOT, path), 'utf8'), { logLevel: 'silent' })] as const];
  } catch {
    return []; // the files that test YAML syntax errors
  }
});

describe('precompiled schema validators', () => {
  it('carry the hash of the schemas they were made from', () => {
    expect(built.schemaHash).toBe(schemasHash());
  });

  it('read enough files to mean something', () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it.each(SCHEMA_NAMES)('judge every YAML file of the repository as ajv does against %s', (schema) => {
    for (const [path, value] of documents) {
      const ours = built[schema];
      const ajvs = validatorFor(schema);
      const verdict = ours(value);
      expect([path, verdict]).toEqual([path, ajvs(value)]);
      expect([path, ours.errors ?? null]).toEqual([path, ajvs.errors ?? null]);
    }
  });
});
