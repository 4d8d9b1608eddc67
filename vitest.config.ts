import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // e2e/ belongs to Playwright; Vitest only runs the unit tests that sit next to the code.
    include: ['src/**/*.test.{ts,tsx}', 'sandbox/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Building a sandbox compiles every route's validators up front: seconds on a busy 2-core machine.
    hookTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'reports/unit-results.json' }]],
  },
});
