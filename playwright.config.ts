import { defineConfig, devices } from '@playwright/test';

// The tests run against their own sandbox (in memory, demo data) and their own Vite server, on ports
// apart from `npm start`, so a console left running does not interfere.
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 8790);
const CONSOLE_PORT = Number(process.env.E2E_CONSOLE_PORT ?? 5190);
export const sandboxUrl = `http://127.0.0.1:${SANDBOX_PORT}`;
const sandboxEnv = {
  SANDBOX_PORT: String(SANDBOX_PORT),
  SANDBOX_DB: ':memory:',
  SANDBOX_SEED: 'demo',
  SANDBOX_SPEED: '60',
  SANDBOX_TEST_CONTROL: '1',
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-results.json' }]],
  globalTeardown: './e2e/support/reportCoverage.ts',
  use: {
    baseURL: `http://127.0.0.1:${CONSOLE_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these, Chromium keeps calling home, which a closed network refuses.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: 'npx tsx sandbox/main.ts',
      url: `${sandboxUrl}/health`,
      env: sandboxEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'npx vite',
      url: `http://127.0.0.1:${CONSOLE_PORT}`,
      env: { CONSOLE_PORT: String(CONSOLE_PORT), CALLFIRE_API_URL: `${sandboxUrl}/v2` },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
