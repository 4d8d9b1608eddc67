import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/api/schema.d.ts'] },
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
    // The sandbox stands alone: it is CallFire's stand-in, not part of the console's server.
    files: ['sandbox/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/server/*'] }] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
