import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test as base } from '../support/fixtures';

/** A port nobody listens on now, so this run meets neither `npm start` nor the production-build servers. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * `npm start` as the README gives it to new users (`scripts/start.ts`: the sandbox and Vite's dev server in
 * one process), on free ports and an in-memory database; stopped with its whole process group.
 */
const test = base.extend<object, { devConsoleUrl: string }>({
  devConsoleUrl: [
    // Playwright reads the fixtures a function needs from its first parameter: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const [sandboxPort, consolePort] = [await freePort(), await freePort()];
      const child = spawn('npx', ['tsx', 'scripts/start.ts'], {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          SANDBOX_PORT: String(sandboxPort),
          CONSOLE_PORT: String(consolePort),
          SANDBOX_DB: ':memory:',
          SANDBOX_SEED: 'demo',
        },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk));
      const url = `http://127.0.0.1:${consolePort}`;
      await expect
        .poll(
          async () => {
            if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
            return output.includes('CallFire Console:');
          },
          { timeout: 50_000, message: 'npm start printed its URL' },
        )
        .toBe(true);
      await use(url);
      process.kill(-child.pid!, 'SIGTERM');
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ devConsoleUrl }, use) => use(devConsoleUrl),
});

test('npm start serves the console on the embedded sandbox', async ({ page }) => {
  // The dev server compiles each page on its first visit.
  test.setTimeout(60_000);
  await page.goto('/account');
  await expect(page.getByRole('region', { name: 'Profile' }).getByText('operator@example.com')).toBeVisible();

  // Development only: StrictMode mounts every component twice, and the first waveform player must be gone.
  await page.goto('/sounds?name=Appointment');
  await page.getByRole('link', { name: 'Appointment reminder' }).click();
  const player = page.getByRole('group', { name: 'Audio player: Appointment reminder' });
  await expect(player.getByRole('slider', { name: 'Seek in Appointment reminder' })).toHaveAttribute(
    'aria-disabled',
    'false',
  );
  await expect(page.getByTestId('waveform').locator(':scope > div')).toHaveCount(1);
});
