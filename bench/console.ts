/**
 * The console as the browser parts of the benchmark see it: the production build served by
 * `scripts/serve.ts` in front of a sandbox, and Chromium (as the end-to-end tests run it).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { type Browser, chromium, type Page } from '@playwright/test';
import { DEFAULT_LOGIN, DEFAULT_PASSWORD } from '../sandbox/config';
import { PORTS, type Running, startNode } from './processes';

/** A page with nothing on it, served by the same server as the console: the floor of a page load. */
export const BLANK_PAGE = '/bench-blank.html';

let built = false;
/** The stack floor's pages (`bench/stackFloor/`): the console's libraries and one `/api` request, no console. */
export const STACK_FLOOR_PAGE = '/bench-floor/stack.html';
export const GRID_FLOOR_PAGE = '/bench-floor/grid.html';

/** Builds the console once per benchmark run (the bundle part and the browser parts share it). */
export function productionBuild() {
  if (built) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  // Written after the build, so they never ship: `npm run build` makes neither.
  writeFileSync('dist/bench-blank.html', '<!doctype html><html lang="en"><title>Blank</title><p>Blank</p></html>\n');
  execFileSync('npx', ['vite', 'build', '--config', 'bench/stackFloor/vite.config.ts'], { stdio: 'inherit' });
  built = true;
}

/** `npm run serve` of the build, talking to the sandbox at `sandboxUrl` as its one operator. */
export function startProductionConsole(sandboxUrl: string): Promise<Running> {
  productionBuild();
  return startNode('scripts/serve.ts', {
    port: PORTS.console,
    readyPath: BLANK_PAGE,
    env: {
      CONSOLE_PORT: String(PORTS.console),
      CALLFIRE_API_URL: `${sandboxUrl}/v2`,
      CALLFIRE_API_LOGIN: DEFAULT_LOGIN,
      CALLFIRE_API_PASSWORD: DEFAULT_PASSWORD,
    },
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Milliseconds from the start of the navigation to `selector` first being in the page, in a fresh
 * browser context (empty cache: a cold load). A mutation observer installed before the page's own
 * scripts notes the moment, so polling from here adds nothing to it.
 */
export async function timeToSelector(browser: Browser, url: string, selector: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await watchFor(page, selector);
    await page.goto(url, { waitUntil: 'commit' });
    return await seenAt(page, selector);
  } finally {
    await context.close();
  }
}

/** Notes (on `window`) when `selector` first matches; call before the page's scripts run. */
export async function watchFor(page: Page, selector: string) {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.addInitScript(`(() => {
    const selector = ${JSON.stringify(selector)};
    window.__benchSeen = window.__benchSeen || {};
    const check = () => {
      if (window.__benchSeen[selector] === undefined && document.querySelector(selector)) {
        window.__benchSeen[selector] = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    check();
  })()`);
}

/** When `selector` first matched (ms since navigation start), waiting up to `timeout` for it. */
export async function seenAt(page: Page, selector: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    `window.__benchSeen && window.__benchSeen[${JSON.stringify(selector)}]`,
    undefined,
    { timeout, polling: 50 },
  );
  return Number(await handle.jsonValue());
}
