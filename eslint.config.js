import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'shared/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // One mutation idiom: `mutate(variables, { onSuccess })`; errors go to the snackbar or the form,
      // never to an unhandled rejection.
      'no-restricted-syntax': [
        'error',
        {
          selector: "Identifier[name='mutateAsync']",
          message: 'Use mutate(variables, { onSuccess }); see "One mutation idiom" in ARCHITECTURE.md.',
        },
      ],
    },
  },
  {
    files: ['sandbox/**/*.ts', 'server/**/*.ts', 'scripts/**/*.{ts,mjs}', 'e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Code both sides use: plain TypeScript, nothing of the browser, React or Node.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'react', 'react-*', '@mui/*', 'vite', 'fastify'] }],
    },
  },
  {
    // Architecture boundaries (ARCHITECTURE.md): what each part of the code may import.
    files: ['src/**/*.{ts,tsx}', 'shared/**/*.ts', 'sandbox/**/*.ts', 'server/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.d.ts', '.js'] } },
      'boundaries/include': ['src/**/*', 'shared/**/*', 'sandbox/**/*', 'server/**/*'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['area'] },
        { type: 'api', pattern: 'src/api' },
        { type: 'components', pattern: 'src/components' },
        { type: 'lib', pattern: 'src/lib' },
        // What component tests render with (a fake CallFire, the console's providers); only tests import it.
        { type: 'testing', pattern: 'src/testing' },
        // Whatever else is in src/ (main.tsx): the browser bundle's entry.
        { type: 'browser-entry', pattern: 'src' },
        { type: 'shared', pattern: 'shared' },
        { type: 'sandbox', pattern: 'sandbox' },
        { type: 'server', pattern: 'server' },
      ],
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            {
              from: { element: { type: 'browser-entry' } },
              allow: { to: { element: { types: { anyOf: ['app', 'lib', 'shared'] } } } },
            },
            {
              from: { element: { type: 'app' } },
              allow: {
                to: { element: { types: { anyOf: ['app', 'feature', 'api', 'components', 'lib', 'shared'] } } },
              },
            },
            // A feature imports its own files and what lies below it, never another feature.
            {
              from: { element: { type: 'feature' } },
              allow: { to: { element: { types: { anyOf: ['api', 'components', 'lib', 'shared'] } } } },
            },
            {
              from: { element: { type: 'feature' } },
              allow: { to: { element: { type: 'feature', captured: { area: '{{ from.element.captured.area }}' } } } },
            },
            {
              from: { element: { types: { anyOf: ['api', 'components', 'lib'] } } },
              allow: { to: { element: { types: { anyOf: ['api', 'components', 'lib', 'shared'] } } } },
            },
            {
              from: { element: { type: 'testing' } },
              allow: {
                to: { element: { types: { anyOf: ['testing', 'app', 'api', 'components', 'lib', 'shared'] } } },
              },
            },
            { from: { file: { categories: 'test' } }, allow: { to: { element: { type: 'testing' } } } },
            // The shared folder serves the browser and the sandbox, so it imports neither.
            { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },
            {
              from: { element: { type: 'sandbox' } },
              allow: { to: { element: { types: { anyOf: ['sandbox', 'shared'] } } } },
            },
            {
              from: { element: { type: 'server' } },
              allow: { to: { element: { types: { anyOf: ['server', 'shared'] } } } },
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
