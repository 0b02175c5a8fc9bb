// Lint gates, including the layering rules of DEVELOPERS.md:
// only main/electron imports Electron; main/ never touches the DOM; the renderer imports only the API's types.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = ['electron', 'better-sqlite3', 'fs', 'path', 'child_process', 'os', 'pdfkit', 'docx'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'tests/.tmp/**', 'tests/output/**', 'renderer/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['main/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.{ts,mjs,js}', 'bin/**/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Only main/electron/ may import Electron.' }],
        patterns: [{ group: ['**/renderer/**'], message: 'main/ must not import renderer code.' }],
      }],
      'no-restricted-globals': ['error',
        { name: 'document', message: 'main/ never touches the DOM.' },
        { name: 'window', message: 'main/ never touches the DOM.' },
        { name: 'navigator', message: 'main/ never touches the DOM.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,js}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeOnly.map((name) => ({ name, message: 'The renderer talks only to the preload API.' })),
        patterns: [
          { group: ['node:*'], message: 'No Node built-ins in the renderer.' },
          // A regex, not a gitignore group: a negated file under an excluded folder can never be re-included.
          { regex: '(^|/)main/(?!api/contract\\.ts$)', message: 'The renderer imports only the API contract\'s types.' },
        ],
      }],
      // …and only its types: a value import would bundle zod and main's schemas into the page.
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)main/api/contract\\.ts$', allowTypeImports: true, message: 'Import the API contract with `import type` only.' }],
      }],
    },
  },
);
