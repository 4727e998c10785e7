import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** Library boundaries: each of these may only be imported from its own folder. */
const boundary = (name, home) => ({
  name,
  message: `Only ${home} may import ${name}; go through its exports.`,
  allowTypeImports: true,
});

/** Libraries only their home folder may import (types excepted), for every other folder. */
const LIBRARIES = [
  boundary('yjs', 'src/doc/'),
  boundary('y-websocket', 'src/sync/'),
  boundary('y-indexeddb', 'src/sync/'),
  boundary('@xyflow/react', 'src/canvas/'),
];

/*
 * The layers of src/, top first. A folder may import its own files and any layer below its
 * own, never one above nor beside it: so the canvas knows no feature, and features never
 * import each other. Every folder of src/ not named here is a feature, so a new feature
 * folder is held to the rule without touching this file.
 */
const NAMED_LAYERS = {
  app: ['app'],
  map: ['map'],
  canvas: ['canvas'],
  editor: ['editor'],
  network: ['api', 'sync'],
  doc: ['doc'],
  ui: ['ui'],
};
const FEATURES = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && !Object.values(NAMED_LAYERS).flat().includes(entry.name),
  )
  .map((entry) => entry.name);
const LAYERS = [
  NAMED_LAYERS.app,
  NAMED_LAYERS.map,
  FEATURES,
  NAMED_LAYERS.canvas,
  NAMED_LAYERS.editor,
  NAMED_LAYERS.network,
  NAMED_LAYERS.doc,
  NAMED_LAYERS.ui,
];
const layerZones = LAYERS.flatMap((layer, rank) =>
  layer.map((folder) => {
    const below = LAYERS.slice(rank + 1).flat();
    const barred = LAYERS.slice(0, rank + 1)
      .flat()
      // ui may use the model's types; the type-only rule for src/ui/ below checks that.
      .filter((other) => other !== folder && !(folder === 'ui' && other === 'doc'));
    return {
      target: `./src/${folder}`,
      from: barred.map((other) => `./src/${other}`),
      message: `Layers: src/${folder}/ may import only ${
        below.map((other) => `${other}/`).join(', ') || 'the model types of doc/'
      }${FEATURES.includes(folder) ? ', never another feature' : ''} (see Architecture in README.md).`,
    };
  }),
).filter((zone) => zone.from.length > 0);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: fileURLToPath(new URL('.', import.meta.url)), zones: layerZones },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/doc/**', 'src/sync/**', 'src/canvas/**', 'src/ui/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: LIBRARIES }] },
  },
  {
    // The bottom layer: plain components and helpers. It may name the model's types (a prop
    // typed KpiData) but not run model code, so the model can never depend on how it is drawn.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: LIBRARIES,
          patterns: [
            {
              group: ['../doc/*'],
              allowTypeImports: true,
              message: 'src/ui/ may import only types from doc/ (import type); pass values in.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sync/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [boundary('yjs', 'src/doc/'), boundary('@xyflow/react', 'src/canvas/')] },
      ],
    },
  },
  {
    files: ['src/canvas/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            boundary('yjs', 'src/doc/'),
            boundary('y-websocket', 'src/sync/'),
            boundary('y-indexeddb', 'src/sync/'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/doc/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            boundary('react', 'the UI'),
            boundary('y-websocket', 'src/sync/'),
            boundary('@xyflow/react', 'src/canvas/'),
          ],
        },
      ],
    },
  },
);
