import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Library boundaries: each of these may only be imported from its own folder. */
const boundary = (name, home) => ({
  name,
  message: `Only ${home} may import ${name}; go through its exports.`,
  allowTypeImports: true,
});

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
    ignores: ['src/doc/**', 'src/sync/**', 'src/canvas/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            boundary('yjs', 'src/doc/'),
            boundary('y-websocket', 'src/sync/'),
            boundary('y-indexeddb', 'src/sync/'),
            boundary('@xyflow/react', 'src/canvas/'),
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
