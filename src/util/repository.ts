// The project's repository: one address for every link qcc writes (SARIF help, schema ids), so that the address is
// changed in one place (package.json's repository is held to it by test/install/package-manifest.test.ts).
export const REPOSITORY = 'https://github.com/qcc-cn/qcc';

/** Raw files on the main branch: where a schema's `$id` points. */
export const RAW_MAIN = 'https://raw.githubusercontent.com/qcc-cn/qcc/main';
