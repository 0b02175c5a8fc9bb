// Lint gates, including the layering rules of DEVELOPERS.md: the folders of main/ import only layers below their
// own; only main/electron imports Electron; main/ never touches the DOM; the renderer imports only the API's types.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of main/, bottom first: a folder (or root file) imports only from rows above it in this list, never
 * from its own row or a later one. A new folder of main/ must be given a row, or every import from or into it fails.
 */
export const LAYERS = [
  ['model'],
  ['text', 'files', 'resources.ts'],
  ['ingest'],
  ['library'],
  ['analysis'],
  ['briefing'],
  ['render'],
  ['work-thread'],
  ['api'],
  ['web', 'cli', 'electron'],
];
/** Imports between folders of one row that are allowed, and why. */
const ALSO_ALLOWED = {
  cli: ['web'], // `mawjaz web` starts the local web host.
};

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main');
const RANK = new Map(LAYERS.flatMap((row, i) => row.map((unit) => [unit, i])));

/** The folder of main/ (or root file such as resources.ts) that holds `file`, or null outside main/. */
function layerOf(file) {
  const rel = path.relative(MAIN, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0];
}

/** Resolves each relative import (static, export-from, dynamic, type query) to its folder and checks it against LAYERS. */
const layerOrder = {
  meta: {
    type: 'problem',
    docs: { description: 'A folder of main/ imports only from the layers below it (eslint.config.js LAYERS).' },
    messages: {
      upward: 'main/{{from}} may not import main/{{to}}: {{to}} is not below {{from}} in the layer order (LAYERS in eslint.config.js).',
      unplaced: 'main/{{unit}} has no place in the layer order: add it to LAYERS in eslint.config.js.',
    },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (from === null) return {};
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source));
      if (to === null || to === from) return;
      for (const unit of [from, to]) {
        if (!RANK.has(unit)) return context.report({ node, messageId: 'unplaced', data: { unit } });
      }
      if (RANK.get(to) < RANK.get(from) || ALSO_ALLOWED[from]?.includes(to)) return;
      context.report({ node, messageId: 'upward', data: { from, to } });
    }
    const fromSource = (node) => check(node, node.source?.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
      // `import('../x.ts').T` in a type position.
      TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal.value : undefined),
    };
  },
};

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
    // The Store is asynchronous (main/library/store.ts): a call nobody awaits could fail unseen, or run after the
    // transaction it was meant for. These two rules need types, so they alone run with the TypeScript project.
    files: ['main/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['tests/renderer/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: path.dirname(fileURLToPath(import.meta.url)) } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'error',
    },
  },
  // An evaluation's entry point is async so that a synchronous throw reaches its runner as a rejection.
  { files: ['tests/eval/**/*.ts'], rules: { '@typescript-eslint/require-await': 'off' } },
  {
    files: ['main/**/*.ts'],
    plugins: { mawjaz: { rules: { 'layer-order': layerOrder } } },
    rules: { 'mawjaz/layer-order': 'error' },
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
  {
    // common/ holds what the main process and the renderer both show (DEVELOPERS.md): data with type imports only, so
    // neither side pulls the other's code in through it.
    files: ['common/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '.', allowTypeImports: true, message: 'common/ imports only types: it is data both the main process and the renderer read.' }],
      }],
    },
  },
);
