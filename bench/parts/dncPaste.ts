/**
 * Pasting 50,000 numbers into the console's do-not-contact bulk add (`/dnc/add`) and adding them, in
 * Chromium: when the preview is ready, when all are added, and the main thread's longest task meanwhile.
 */
import type { Browser } from '@playwright/test';
import { type Figure, figure } from '../figures';

const NUMBERS = 50_000;
const LONG_TASK_GOAL_MS = 200;

/** The browser's clipboard classes, reached through globalThis: this file compiles without the DOM library. */
interface BrowserClipboard {
  DataTransfer: new () => { setData(format: string, data: string): void };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => Event;
}

/** `count` numbers as people write them: `(213) 555-0100`. */
const pastedText = (count: number, numberAt: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => numberAt(index).replace(/^1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3')).join(
    '\n',
  );

/** Pastes `numberAt(0…49,999)`, eleven-digit numbers. */
export async function dncPasteFigures(
  browser: Browser,
  consoleUrl: string,
  numberAt: (index: number) => string,
): Promise<Figure[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${consoleUrl}/dnc/add`);
    const box = page.getByLabel('Phone numbers');
    await box.waitFor();
    // Every main-thread task over 50 ms from here on, as Chromium reports them.
    await page.evaluate(`(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__longTasks.push(entry.duration)))
        .observe({ type: 'longtask' });
      // A control: one task known to be long, so "no long task" below means none, not a deaf observer.
      setTimeout(() => { const start = performance.now(); while (performance.now() - start < 120); });
    })()`);
    await page.waitForFunction(`window.__longTasks.some((duration) => duration >= 120)`, undefined, {
      timeout: 10_000,
    });
    await page.evaluate(`window.__longTasks = []`);
    const started = performance.now();
    // A real paste event, as the clipboard would deliver it.
    await box.evaluate(
      (element, text) => {
        const { DataTransfer, ClipboardEvent } = globalThis as unknown as BrowserClipboard;
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', text);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      },
      pastedText(NUMBERS, numberAt),
    );
    await page.getByText(`${NUMBERS.toLocaleString('en-US')} numbers ready to add`).waitFor({ timeout: 120_000 });
    const preview = (performance.now() - started) / 1000;
    await page.getByRole('button', { name: `Add ${NUMBERS.toLocaleString('en-US')} numbers` }).click();
    await page.waitForURL(/\/dnc(\?|$)/, { timeout: 300_000 });
    const added = (performance.now() - started) / 1000;
    const longTasks = (await page.evaluate('window.__longTasks')) as number[];
    const label = `pasting ${NUMBERS.toLocaleString('en-US')} numbers into the do-not-contact bulk add`;
    return [
      figure('scale', `${label}: preview ready`, 's', [preview]),
      figure('scale', `${label}: all added`, 's', [added]),
      figure('scale', `${label}: longest main-thread task`, 'ms', [Math.max(0, ...longTasks)], {
        goal: `< ${LONG_TASK_GOAL_MS} ms`,
        met: (result) => result.max < LONG_TASK_GOAL_MS,
      }),
    ];
  } finally {
    await context.close();
  }
}
