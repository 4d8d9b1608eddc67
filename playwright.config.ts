import { defineConfig, devices } from '@playwright/test';

// The tests run against their own sandbox (in memory, demo data, test control on) and the production
// build of the console served by the production server (`npm run serve`), on ports apart from `npm start`, so a console left
// running does not interfere. Only e2e/dev/ runs the dev path (`npm start`), on ports of its own.
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 8790);
const CONSOLE_PORT = Number(process.env.E2E_CONSOLE_PORT ?? 5190);
// A second console, the production server in sign-in mode (no credentials of its own), for the sign-in tests.
const SIGN_IN_CONSOLE_PORT = Number(process.env.E2E_SIGN_IN_CONSOLE_PORT ?? 5191);
export const sandboxUrl = `http://127.0.0.1:${SANDBOX_PORT}`;
export const signInConsoleUrl = `http://127.0.0.1:${SIGN_IN_CONSOLE_PORT}`;
// E2E_REUSE_SERVERS=1 runs against servers already listening on these ports (started as below, after
// `npm run build`), so running one spec again costs no build and no sandbox start.
const reuseExistingServer = process.env.E2E_REUSE_SERVERS === '1';
const sandboxEnv = {
  SANDBOX_PORT: String(SANDBOX_PORT),
  SANDBOX_DB: ':memory:',
  SANDBOX_SEED: 'demo',
  // Simulated time moves only as fast as the wall clock: tests move it further through the control routes.
  SANDBOX_SPEED: '1',
  SANDBOX_TEST_CONTROL: '1',
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // A test that passes only on a second try is a failure to fix, not to hide.
  retries: 0,
  timeout: 60_000,
  // Generous for a page on a loaded 2-core machine (a page can take seconds to render there); a real hang still fails.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-results.json' }]],
  globalTeardown: './e2e/support/reportCoverage.ts',
  use: {
    // Each worker keeps one browser context and page, which Playwright resets between tests (cookies,
    // storage, cache, routes, init scripts, extra pages): a fresh context per test cost a third more
    // CPU, most of it the renderer starting and compiling the console again. A test that changes other
    // context options (`baseURL` with `test.use`) gets a context of its own.
    reuseContext: true,
    // A trace records DOM snapshots at every step of every test to keep those of the failures: 6 % of
    // the run's CPU. A failure keeps a screenshot; `--trace retain-on-failure` records traces on demand.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these, Chromium keeps calling home, which a closed network refuses.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    {
      name: 'production build',
      testIgnore: 'dev/**',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${CONSOLE_PORT}` },
    },
    { name: 'dev server', testMatch: 'dev/**/*.spec.ts', use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: [
    {
      command: 'npx tsx sandbox/main.ts',
      url: `${sandboxUrl}/health`,
      env: sandboxEnv,
      reuseExistingServer,
      timeout: 180_000,
    },
    {
      // Built here, once per run: `npm test` scans this same dist/ for credentials afterwards.
      command: 'npx vite build --logLevel warn && npx tsx scripts/serve.ts',
      url: `http://127.0.0.1:${CONSOLE_PORT}`,
      // Single-operator mode as the sandbox's demo account, as `npm start` runs it.
      env: {
        CONSOLE_PORT: String(CONSOLE_PORT),
        CALLFIRE_API_URL: `${sandboxUrl}/v2`,
        CALLFIRE_API_LOGIN: 'sandbox',
        CALLFIRE_API_PASSWORD: 'sandbox-password',
      },
      reuseExistingServer,
      timeout: 180_000,
    },
    {
      // The same production server and build, in sign-in mode (Playwright starts these servers in order).
      command: 'npx tsx scripts/serve.ts',
      url: signInConsoleUrl,
      env: { CONSOLE_PORT: String(SIGN_IN_CONSOLE_PORT), CALLFIRE_API_URL: `${sandboxUrl}/v2` },
      reuseExistingServer,
      timeout: 120_000,
    },
  ],
});
