// Lint: typescript-eslint's recommended rules plus the layer rules of docs/architecture.md, enforced
// as import bans per folder (the per-folder tsconfigs enforce the matching lib/globals).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const uiAndShell = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'The engine (src/) must not import React.' },
  { group: ['electron', 'electron/*'], message: 'The engine (src/) must not import Electron.' },
  { group: ['**/renderer/**', '**/electron/**'], message: 'The engine (src/) must not import renderer/ or electron/.' },
  { group: ['ag-grid-*', 'zustand', 'i18next', 'react-i18next'], message: 'UI libraries belong in renderer/.' },
];
const nodeModules = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'stream'],
  message: 'Node modules are allowed only in src/cli and the Node worker entry.',
};
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'alert'].map(
  (name) => ({
    name,
    message: 'The engine (src/) runs in Workers and Node: no DOM globals.',
  }),
);

// The engine's layer graph (docs/architecture.md): what each folder of src/ may import from the
// others. worker and cli wire everything together; protocol is types only (checked below).
const ENGINE_FOLDERS = ['io', 'table', 'stats', 'linalg', 'models', 'charts', 'protocol', 'node', 'worker', 'cli'];
// node: Node-only byte sources and decoders, shared by the CLI and the Node worker (it may use node: modules).
const LAYERS = {
  table: [],
  linalg: [],
  io: ['table'],
  stats: ['table'],
  models: ['table', 'stats', 'linalg'],
  charts: ['table', 'stats'],
  node: ['io', 'table'],
};
const workerNotCli = {
  group: ['**/cli', '**/cli/*'],
  message: 'src/worker must not import src/cli: move what both need to src/node (or the engine area it belongs to).',
};

function engineLayers() {
  return Object.entries(LAYERS).map(([folder, allowed]) => {
    const banned = ENGINE_FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
    const layer = {
      group: banned.flatMap((f) => [`**/${f}`, `**/${f}/*`]),
      message: `src/${folder} ${allowed.length > 0 ? `may import only ${allowed.map((f) => `src/${f}`).join(', ')}` : 'imports nothing else from the engine'} (docs/architecture.md, "Rules between layers").`,
    };
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns: [...uiAndShell, ...(folder === 'node' ? [] : [nodeModules]), layer] }] },
    };
  });
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'release/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'tests/golden/**/*.py',
      'assets/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,cjs,mjs}', 'scripts/**', 'scripts/*.cjs'], languageOptions: { globals: globals.node } },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/node/**', 'src/worker/nodeWorker.ts', 'src/worker/nodeDescribe.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiAndShell, nodeModules] }],
      'no-restricted-globals': ['error', ...domGlobals, { name: 'process', message: 'Use options passed in, not process.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness comes from a seeded generator passed in.' },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/node/**/*.ts', 'src/worker/nodeWorker.ts', 'src/worker/nodeDescribe.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: uiAndShell }] },
  },
  ...engineLayers(),
  // Workers bind the protocol to the engine; what the CLI and the Node worker share lives in src/node.
  {
    files: ['src/worker/**/*.ts'],
    ignores: ['src/worker/nodeWorker.ts', 'src/worker/nodeDescribe.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...uiAndShell, nodeModules, workerNotCli] }] },
  },
  {
    files: ['src/worker/nodeWorker.ts', 'src/worker/nodeDescribe.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...uiAndShell, workerNotCli] }] },
  },
  {
    files: ['src/protocol/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', disallowTypeAnnotations: false }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/engine/**', 'renderer/host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/*', '!**/src/protocol', '!**/src/protocol/*'],
              message:
                'The renderer takes engine types from src/protocol/protocol only (re-export a type there) and engine code only through renderer/engine.',
            },
            {
              group: ['electron', '**/electron/main/**', '**/electron/preload/**'],
              message: 'The renderer reaches the host only through renderer/host.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/*', 'echarts*'], message: 'electron/main moves bytes and paths only.' },
            // The engine modules main uses: the atomic write it shares with the CLI, and the list of
            // data-file types its open dialog shares with the renderer and the loader (constants only).
            {
              regex: '(^|/)src/(?!cli/fs/atomicWrite$|io/dataFileTypes$)',
              message: 'electron/main moves bytes and paths only (of src/ it uses only src/cli/fs/atomicWrite and src/io/dataFileTypes).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/shared/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/*', '**/renderer/*'],
              message: 'The bridge and preload depend on no UI or engine code: shared types live in electron/shared.',
            },
          ],
        },
      ],
    },
  },
);
