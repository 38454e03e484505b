// Where editors find the profile's schema: its `$id`, the file's address in the project's repository.
import { RAW_MAIN } from '../util/repository.js';

/** The `$id` of src/pack/schema/profile.schema.json (a test keeps the two equal). */
export const PROFILE_SCHEMA_ID = `${RAW_MAIN}/src/pack/schema/profile.schema.json`;

/**
 * The first line of a qcc.yaml that `qcc init` writes: the YAML language server (VS Code's YAML extension and others)
 * checks and completes the file against the schema it names.
 */
export const PROFILE_SCHEMA_LINE = `# yaml-language-server: $schema=${PROFILE_SCHEMA_ID}`;
