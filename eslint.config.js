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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
