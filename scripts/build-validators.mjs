// Part of `npm run build`: compiles the JSON Schemas of packs and profiles into standalone ajv validators
// (dist/pack/schema-validators.cjs), so that a run loads plain functions instead of ajv compiling the schemas (~0.1 s).
// src/pack/schemas.ts uses them only while their hash matches the schemas; otherwise it compiles with ajv as before.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../', import.meta.url));
/** The schemas, in the order of their hash. */
export const SCHEMA_NAMES = ['pack', 'items', 'profile'];

/** The validators' source (CommonJS) for the schemas in `schemaDir`, with the hash of those schemas. */
export function validatorsCode(schemaDir = `${root}src/pack/schema/`) {
  const { Ajv } = require('ajv');
  const standalone = require('ajv/dist/standalone').default;
  // The options of src/pack/schemas.ts: the errors must be the same.
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, code: { source: true } });
  const hash = createHash('sha256');
  for (const name of SCHEMA_NAMES) {
    const text = readFileSync(`${schemaDir}${name}.schema.json`, 'utf8');
    hash.update(text).update('\0');
    ajv.addSchema(JSON.parse(text), `${name}.schema.json`);
  }
  const refs = Object.fromEntries(SCHEMA_NAMES.map((name) => [name, `${name}.schema.json`]));
  return `${standalone(ajv, refs)}\nexports.schemaHash = ${JSON.stringify(hash.digest('hex'))};\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(`${root}dist/pack/schema-validators.cjs`, validatorsCode());
}
