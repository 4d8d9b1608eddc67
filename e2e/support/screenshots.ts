import path from 'node:path';
import type { Page } from '@playwright/test';

/** Where the README's screenshots live; every e2e run takes them again, so they show the console as it is. */
const SCREENSHOTS = path.resolve('docs/screenshots');

/** Saves the page as the README's `docs/screenshots/<name>.png`, at the desktop size the README describes. */
export async function saveScreenshot(page: Page, name: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}
