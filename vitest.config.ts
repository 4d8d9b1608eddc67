import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // e2e/ belongs to Playwright; Vitest only runs the unit tests that sit next to the code.
    include: ['src/**/*.test.{ts,tsx}', 'sandbox/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Component tests ask for a DOM with `// @vitest-environment happy-dom`; see src/testing/.
    environmentOptions: { happyDOM: { url: 'http://console.test/' } },
    setupFiles: ['src/testing/setupDom.ts'],
    // Building a sandbox compiles every route's validators up front: seconds on a busy 2-core machine.
    hookTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'reports/unit-results.json' }]],
  },
});
