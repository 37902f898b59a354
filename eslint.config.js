// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'screenshots/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Template literals with numbers are how we build readable messages; strings and numbers only.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // The strictest tsconfig's noPropertyAccessFromIndexSignature requires obj['key'] for index
      // signatures (dataset, env, parsed JSON); this rule would demand the opposite.
      '@typescript-eslint/dot-notation': 'off',
    },
  },
  {
    // .astro files and plain config JS are linted without type information: the Astro parser's
    // virtual TSX files are not part of the TypeScript project the typed rules need.
    files: ['**/*.astro', '**/*.mjs', 'eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
