// Types of scripts/build-validators.mjs, for the test that holds the validators to the schemas.
export declare const SCHEMA_NAMES: readonly string[];
export declare function validatorsCode(schemaDir?: string): string;
