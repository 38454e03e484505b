// Loads the JSON Schemas of pack.yaml, item files and the profile, and compiles them once with ajv.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ValidateFunction } from 'ajv';

export type SchemaName = 'pack' | 'items' | 'profile';
export const SCHEMA_NAMES: readonly SchemaName[] = ['pack', 'items', 'profile'];

// src/pack/ and dist/pack/ sit at the same depth, so the schema folder is found from either.
const schemaDir = new URL('../../src/pack/schema/', import.meta.url);

const raw = new Map<SchemaName, Record<string, unknown>>();

export function schemaJson(name: SchemaName): Record<string, unknown> {
  let schema = raw.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(new URL(`${name}.schema.json`, schemaDir), 'utf8')) as Record<string, unknown>;
    raw.set(name, schema);
  }
  return schema;
}

let ajv: AjvClass | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    if (!ajv) {
      // Loaded on the first validation: a run whose pack comes from the cache may validate nothing.
      const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
      ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
      for (const n of SCHEMA_NAMES) ajv.addSchema(schemaJson(n), `${n}.schema.json`);
    }
    validate = ajv.getSchema(`${name}.schema.json`) as ValidateFunction;
    compiled.set(name, validate);
  }
  return validate;
}
