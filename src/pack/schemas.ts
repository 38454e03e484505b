// The JSON Schemas of pack.yaml, item files and the profile, and their validators: those `npm run build` compiled
// (dist/pack/schema-validators.cjs, from scripts/build-validators.mjs) while they match the schemas, else ajv's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ValidateFunction } from 'ajv';

export type SchemaName = 'pack' | 'items' | 'profile';
export const SCHEMA_NAMES: readonly SchemaName[] = ['pack', 'items', 'profile'];

// src/pack/ and dist/pack/ sit at the same depth, so the schema folder is found from either.
const schemaDir = new URL('../../src/pack/schema/', import.meta.url);

const texts = new Map<SchemaName, string>();
const raw = new Map<SchemaName, Record<string, unknown>>();

function schemaText(name: SchemaName): string {
  let text = texts.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.schema.json`, schemaDir), 'utf8');
    texts.set(name, text);
  }
  return text;
}

export function schemaJson(name: SchemaName): Record<string, unknown> {
  let schema = raw.get(name);
  if (!schema) {
    schema = JSON.parse(schemaText(name)) as Record<string, unknown>;
    raw.set(name, schema);
  }
  return schema;
}

/** The hash the build wrote beside its validators: of the schemas' texts, in SCHEMA_NAMES order. */
export function schemasHash(): string {
  const hash = createHash('sha256');
  for (const name of SCHEMA_NAMES) hash.update(schemaText(name)).update('\0');
  return hash.digest('hex');
}

type Precompiled = Record<SchemaName, ValidateFunction> & { schemaHash: string };
let precompiled: Precompiled | null | undefined;

/** The build's validators, when there are some (not under src/) and they were made from these very schemas. */
function precompiledValidators(): Precompiled | null {
  if (precompiled === undefined) {
    precompiled = null;
    try {
      const built = createRequire(import.meta.url)('./schema-validators.cjs') as Precompiled;
      if (built.schemaHash === schemasHash()) precompiled = built;
    } catch {
      // Not built: ajv compiles the schemas.
    }
  }
  return precompiled;
}

let ajv: AjvClass | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = precompiledValidators()?.[name];
    if (!validate) {
      if (!ajv) {
        // The options scripts/build-validators.mjs compiles with: the errors must be the same.
        const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
        ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
        for (const n of SCHEMA_NAMES) ajv.addSchema(schemaJson(n), `${n}.schema.json`);
      }
      validate = ajv.getSchema(`${name}.schema.json`) as ValidateFunction;
    }
    compiled.set(name, validate);
  }
  return validate;
}
