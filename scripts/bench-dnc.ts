/**
 * Do-not-contact benchmarks (not a test; numbers go to the README):
 * 1. prefix search over 200,000 entries, through the sandbox's findDoNotContacts handler;
 * 2. adding 50,000 pasted numbers through the console in Chromium, recording the longest main-thread task.
 *
 *   npx tsx scripts/bench-dnc.ts [search|ui]     (both when no argument)
 *
 * Ports: BENCH_SANDBOX_PORT (8791) and BENCH_CONSOLE_PORT (5191); Chromium from CHROMIUM_PATH.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSandbox } from '../sandbox/app';
import { readConfig } from '../sandbox/config';
import { upsertDoNotContacts } from '../sandbox/db/dnc';
import { openDatabase } from '../sandbox/db/database';

/** The browser's clipboard classes, reached through globalThis: this file compiles without the DOM library. */
interface BrowserClipboard {
  DataTransfer: new () => { setData(format: string, data: string): void };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => Event;
}

const SEARCH_ENTRIES = 200_000;
const SEARCHES = 500;
const UI_NUMBERS = 50_000;

const config = readConfig({
  SANDBOX_DB: join(mkdtempSync(join(tmpdir(), 'bench-dnc-')), 'bench.db'),
  SANDBOX_SEED: 'empty',
});
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };

/** Distinct valid numbers spread over many area codes; a seeded generator (mulberry32) so runs compare. */
function numbers(count: number, seed: number): string[] {
  let state = seed;
  const random = (below: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) % below) as number;
  };
  const seen = new Set<string>();
  while (seen.size < count) {
    // Line numbers stay below the sandbox's carrier-blocked 99xx range.
    seen.add(`1${201 + random(789)}${200 + random(800)}${String(random(9900)).padStart(4, '0')}`);
  }
  return [...seen];
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function benchSearch() {
  const app = await buildSandbox({ config });
  const db = openDatabase(config.dbPath);
  const entries = numbers(SEARCH_ENTRIES, 7);
  upsertDoNotContacts(db, { numbers: entries, call: true, text: true, source: 'Bench' }, Date.now());
  db.close();

  const byLength = new Map<number, number[]>();
  for (let index = 0; index < SEARCHES; index += 1) {
    // National prefixes of 3-7 digits (area code, then part of the exchange), taken from real entries.
    const length = 3 + (index % 5);
    const prefix = entries[(index * 397) % entries.length].slice(1, 1 + length);
    const start = performance.now();
    const response = await app.inject({ url: `/v2/contacts/dncs?prefix=${prefix}&limit=25`, headers: auth });
    const elapsed = performance.now() - start;
    if (response.statusCode !== 200 || response.json().items.length === 0) throw new Error(`search ${prefix} failed`);
    byLength.set(length, [...(byLength.get(length) ?? []), elapsed]);
  }
  const all = [...byLength.values()].flat().sort((a, b) => a - b);
  console.log(`prefix search, ${SEARCH_ENTRIES.toLocaleString()} entries, ${SEARCHES} requests (page of 25 + total):`);
  console.log(`  all: p50 ${percentile(all, 50).toFixed(2)} ms, p95 ${percentile(all, 95).toFixed(2)} ms`);
  for (const [length, times] of [...byLength].sort(([a], [b]) => a - b)) {
    const sorted = times.sort((a, b) => a - b);
    console.log(`  ${length} digits: p95 ${percentile(sorted, 95).toFixed(2)} ms`);
  }
  // The widest prefix counts every entry; reported apart, as the worst case.
  const wide: number[] = [];
  for (let index = 0; index < 20; index += 1) {
    const start = performance.now();
    await app.inject({ url: `/v2/contacts/dncs?prefix=1&limit=25`, headers: auth });
    wide.push(performance.now() - start);
  }
  console.log(
    `  prefix "1" (all ${SEARCH_ENTRIES.toLocaleString()} match): p95 ${percentile(
      wide.sort((a, b) => a - b),
      95,
    ).toFixed(2)} ms`,
  );
  await app.close();
}

async function benchUi() {
  const sandboxPort = Number(process.env.BENCH_SANDBOX_PORT ?? 8791);
  const consolePort = Number(process.env.BENCH_CONSOLE_PORT ?? 5191);
  const app = await buildSandbox({ config: { ...config, dbPath: ':memory:' } });
  await app.listen({ port: sandboxPort, host: '127.0.0.1' });
  process.env.CONSOLE_PORT = String(consolePort);
  process.env.CALLFIRE_API_URL = `http://127.0.0.1:${sandboxPort}/v2`;
  const { createServer } = await import('vite');
  const vite = await createServer({ logLevel: 'warn' });
  await vite.listen();

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${consolePort}/dnc/add`);
    await page.getByLabel('Phone numbers').waitFor();
    // Every main-thread task over 50 ms from here on, as Chromium reports them.
    await page.evaluate(() => {
      const tasks: number[] = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
        type: 'longtask' as never,
      });
      (globalThis as unknown as { longTasks: number[] }).longTasks = tasks;
    });
    const text = numbers(UI_NUMBERS, 11)
      .map((number) => `(${number.slice(1, 4)}) ${number.slice(4, 7)}-${number.slice(7)}`)
      .join('\n');
    const start = performance.now();
    // A real paste event, as the clipboard would deliver it.
    await page.getByLabel('Phone numbers').evaluate((box, value) => {
      const { DataTransfer, ClipboardEvent } = globalThis as unknown as BrowserClipboard;
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', value);
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);
    await page.getByText(`${UI_NUMBERS.toLocaleString('en-US')} numbers ready to add`).waitFor({ timeout: 60_000 });
    const parsed = performance.now();
    await page.getByRole('button', { name: `Add ${UI_NUMBERS.toLocaleString('en-US')} numbers` }).click();
    await page.waitForURL(/\/dnc(\?|$)/, { timeout: 300_000 });
    const done = performance.now();
    const longTasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);
    console.log(`bulk add of ${UI_NUMBERS.toLocaleString()} pasted numbers through the console:`);
    console.log(
      `  preview ready after ${((parsed - start) / 1000).toFixed(1)} s, all added after ${((done - start) / 1000).toFixed(1)} s`,
    );
    console.log(
      `  main-thread tasks over 50 ms: ${longTasks.length}, longest ${Math.max(0, ...longTasks).toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    await vite.close();
    await app.close();
  }
}

const which = process.argv[2];
if (!which || which === 'search') await benchSearch();
if (!which || which === 'ui') await benchUi();
