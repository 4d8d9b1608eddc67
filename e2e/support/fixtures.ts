import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type ConsoleMessage, type Page } from '@playwright/test';

interface GuardOptions {
  /**
   * Console errors this test causes on purpose (a refused request, a file the server rejects), matched
   * against "<message> [<url>]"; `anyOf` joins several. Anything else logged as an error still fails the
   * test. One pattern, not a list: `test.use` would read a list of two as a fixture with options.
   */
  allowedConsoleErrors: RegExp | undefined;
}

interface BrowserWindow {
  addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void;
  reportUnhandledRejection(reason: string): Promise<void>;
}

/** What the page logged as an error, with the address it came from: a failed request names its URL only there. */
const consoleLine = (message: ConsoleMessage) =>
  message.location().url ? `${message.text()} [${message.location().url}]` : message.text();

/**
 * The base test for every spec: it fails a test whose page logged an unexpected console error, threw,
 * or left a promise rejection unhandled, so a broken request or render never passes silently.
 */
export const test = base.extend<GuardOptions & { failOnPageErrors: void }>({
  allowedConsoleErrors: [undefined, { option: true }],
  failOnPageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        const text = consoleLine(message);
        if (!allowedConsoleErrors?.test(text)) problems.push(text);
      };
      const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
      page.on('console', onConsole);
      page.on('pageerror', onPageError);
      // Reported as soon as it happens, so a navigation afterwards cannot lose it. Chromium also reports
      // it as a page error; the listener keeps the rule whatever the browser.
      await page.exposeBinding('reportUnhandledRejection', (_source, reason: string) =>
        problems.push(`unhandled rejection: ${reason}`),
      );
      await page.addInitScript(() => {
        // The browser's window, typed here: this file compiles without the DOM library.
        const browser = globalThis as unknown as BrowserWindow;
        browser.addEventListener('unhandledrejection', ({ reason }) => {
          void browser.reportUnhandledRejection(
            reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason),
          );
        });
      });
      await use();
      // The page lives on into the worker's next test (contexts are reused): its listeners must not.
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      expect(problems, 'console errors, uncaught errors and unhandled rejections on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A pattern matching what any of `patterns` matches. */
export const anyOf = (...patterns: RegExp[]) =>
  new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'));

/** The browser's log line for a request to the console's own server at `path` (a pattern) answered with `status`. */
const failedAt = (status: number, path: string) =>
  new RegExp(`the server responded with a status of ${status} .*\\[https?://[^/]+${path}(\\?[^\\]]*)?\\]$`);

/**
 * The console error the browser logs for a request the console made through `/api` and CallFire
 * answered with `status`; `path` is matched after `/api`, up to the query string.
 */
export const failedRequest = (status: number, path: RegExp) => failedAt(status, `/api${path.source}`);

/**
 * The console error for the console's session check or sign-in (`/auth/session`) answered with
 * `status`: 401 before anyone signs in, or for a wrong password.
 */
export const failedSessionRequest = (status: number) => failedAt(status, '/auth/session');

/**
 * Fails on serious or critical accessibility violations of the page as it is now. A run takes seconds
 * on a busy machine, so a spec checks each distinct page (or dialog) once, not after every step.
 */
export async function expectAccessible(page: Page) {
  // Violations only: axe then skips collecting every node that passed, which costs time on a large page.
  // Legacy mode runs axe.run in the page itself. The default (runPartial per frame, then finishRun in a
  // new blank page) took 4-5 times as long here, and buys only the scan of cross-origin frames, which
  // the console has none of.
  // Axe judges colours as painted: a menu fading in, a label moving or a ripple under way fails contrast for
  // a moment. Transitions and animations are switched off while it looks, so it sees each element as it ends.
  const still = await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  await still.evaluate((style) => style.remove());
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}
