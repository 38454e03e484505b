// ESLint, configured once for the whole repository: the recommended JavaScript and typescript-eslint rules.
// Not the type-aware set (recommendedTypeChecked): it took 18 s instead of 7 s here, too much for every `npm test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // The same folders .gitignore leaves out (Prettier reads .gitignore itself; ESLint does not).
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Prettier wraps code at 120; this catches what it cannot wrap (comments, strings, template literals).
      'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
);
