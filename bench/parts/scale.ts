/**
 * `npm run bench -- scale`: the console's list pages over large data. A sandbox database is filled
 * beforehand with 1,000,000 contacts, 1,000,000 do-not-contact numbers and a voice broadcast with
 * 100,000 finished calls; then, in Chromium against the production build, each page's cold load to its
 * first row and the move to the next page (from the click to the next page's first row).
 */
import { join } from 'node:path';
import { buildSandbox } from '../../sandbox/app';
import { readConfig } from '../../sandbox/config';
import { completeBatch, insertBatch, insertCampaign, setCampaignStatus } from '../../sandbox/db/broadcasts';
import { insertCalls } from '../../sandbox/db/calls';
import { openDatabase } from '../../sandbox/db/database';
import { upsertDoNotContacts } from '../../sandbox/db/dnc';
import { launchChromium, seenAt, startProductionConsole, watchFor } from '../console';
import { type Figure, figure } from '../figures';
import { PORTS, scratchFolder, startSandbox } from '../processes';

const ROWS = Number(process.env.BENCH_SCALE_ROWS ?? 1_000_000);
const CALLS = Number(process.env.BENCH_SCALE_CALLS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FIRST_ROW = '.MuiDataGrid-row[data-rowindex="0"]';

/** Distinct valid numbers: area codes 201–989, exchanges 200–999, line numbers below the 99xx block. */
const numberAt = (index: number) =>
  `1${201 + (index % 789)}${200 + (Math.floor(index / 789) % 800)}${String(Math.floor(index / 631_200) % 9900).padStart(4, '0')}`;

/** The database, filled once: the sandbox's own seed for the contacts, bulk inserts for the rest. */
async function fillDatabase(path: string): Promise<number> {
  const config = readConfig({ SANDBOX_DB: path, SANDBOX_SEED: 'empty', SANDBOX_CONTACTS: String(ROWS) });
  const sandbox = await buildSandbox({ config });
  await sandbox.close();
  const db = openDatabase(path);
  const now = Date.now();
  upsertDoNotContacts(db, { numbers: Array.from({ length: ROWS }, (_, index) => numberAt(index)), call: true }, now);
  const broadcastId = insertCampaign(db, 'call', { name: 'Scale', settings: { sounds: { liveSoundText: 'Hi' } } }, now);
  const batchId = insertBatch(db, broadcastId, 'Scale', now);
  insertCalls(
    db,
    Array.from({ length: CALLS }, (_, index) => ({
      campaignId: broadcastId,
      batchId,
      toNumber: numberAt(index),
      state: 'FINISHED' as const,
      finalCallResult: 'LA' as const,
      timeZone: 'America/New_York',
    })),
    now,
  );
  completeBatch(db, batchId, CALLS, false);
  setCampaignStatus(db, broadcastId, 'FINISHED', now);
  db.close();
  return broadcastId;
}

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const NEXT_PAGE = `(async () => {
  const row = () => document.querySelector(${JSON.stringify(FIRST_ROW)});
  const first = row().getAttribute('data-id');
  const start = performance.now();
  document.querySelector('button[aria-label="Go to next page"]').click();
  await new Promise((resolve) => {
    const check = () => (row() && row().getAttribute('data-id') !== first ? resolve() : requestAnimationFrame(check));
    check();
  });
  return performance.now() - start;
})()`;

export async function scaleBench(): Promise<Figure[]> {
  const folder = scratchFolder('scale');
  const database = join(folder.path, 'callfire.db');
  const fillStart = performance.now();
  const broadcastId = await fillDatabase(database);
  const fillSeconds = (performance.now() - fillStart) / 1000;
  const sandbox = await startSandbox(database);
  const console_ = await startProductionConsole(sandbox.url);
  const browser = await launchChromium();
  const pages = [
    { name: `contacts (${ROWS.toLocaleString('en-US')})`, path: '/contacts' },
    { name: `do-not-contact list (${ROWS.toLocaleString('en-US')})`, path: '/dnc' },
    { name: `calls of a broadcast (${CALLS.toLocaleString('en-US')})`, path: `/calls?broadcast=${broadcastId}` },
  ];
  const times = pages.map(() => ({ firstRow: [] as number[], nextPage: [] as number[] }));
  try {
    for (let run = 0; run < RUNS; run += 1) {
      for (const [index, page] of pages.entries()) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const tab = await context.newPage();
        await watchFor(tab, FIRST_ROW);
        await tab.goto(`http://127.0.0.1:${PORTS.console}${page.path}`, { waitUntil: 'commit' });
        times[index]!.firstRow.push(await seenAt(tab, FIRST_ROW));
        times[index]!.nextPage.push((await tab.evaluate(NEXT_PAGE)) as number);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await console_.stop();
    await sandbox.stop();
    folder.remove();
  }
  return [
    figure('scale', 'filling the database (contacts, do-not-contact numbers, calls)', 's', [fillSeconds]),
    ...pages.flatMap((page, index) => [
      figure('scale', `${page.name}: navigation to first row`, 'ms', times[index]!.firstRow),
      figure('scale', `${page.name}: next page, click to first row`, 'ms', times[index]!.nextPage),
    ]),
  ];
}
