/**
 * `npm run bench -- scale`: the console and the sandbox over large data. A sandbox database is filled
 * beforehand with 1,000,000 contacts, 1,000,000 do-not-contact numbers and a voice broadcast with
 * 100,000 finished calls; then, in Chromium against the production build, each list page's cold load
 * to its first row and the move to the next page (from the click to the next page's first row); then
 * the sandbox's searches and a CSV import over that data (`scaleRequests.ts`) and a 50,000-number
 * paste into the do-not-contact bulk add (`dncPaste.ts`).
 */
import { join } from 'node:path';
import { buildSandbox } from '../../sandbox/app';
import { loadContact } from '../../sandbox/areas/contacts/contactSeed';
import { readConfig } from '../../sandbox/config';
import { completeBatch, insertBatch, insertCampaign, setCampaignStatus } from '../../sandbox/db/broadcasts';
import { openDatabase } from '../../sandbox/db/database';
import { DEFAULT_DNC_SOURCE } from '../../sandbox/db/dnc';
import { launchChromium, seenAt, startProductionConsole, watchFor } from '../console';
import { type Figure, figure } from '../figures';
import { PORTS, scratchFolder, startSandbox } from '../processes';
import { dncPasteFigures } from './dncPaste';
import { scaleRequestFigures } from './scaleRequests';

const ROWS = Number(process.env.BENCH_SCALE_ROWS ?? 1_000_000);
const CALLS = Number(process.env.BENCH_SCALE_CALLS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FIRST_ROW = '.MuiDataGrid-row[data-rowindex="0"]';

/** Distinct valid numbers: area codes 201–989, exchanges 200–999, line numbers below the 99xx block. */
const numberAt = (index: number) =>
  `1${201 + (index % 789)}${200 + (Math.floor(index / 789) % 800)}${String(Math.floor(index / 631_200) % 9900).padStart(4, '0')}`;

/** The whole numbers 0 … count−1 as the rows of `n(i)`, for set-based INSERT … SELECT. */
const SERIES = 'WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @count)';

/**
 * The database, filled once: the sandbox makes its tables, then each table is filled by one
 * INSERT … SELECT over generated rows: the contacts are SANDBOX_CONTACTS's load contacts (from the
 * sandbox's `loadContact`, through a table-valued function), then do-not-call numbers and the finished
 * calls of one broadcast over a recursive series.
 */
async function fillDatabase(path: string): Promise<number> {
  const sandbox = await buildSandbox({ config: readConfig({ SANDBOX_DB: path, SANDBOX_SEED: 'empty' }) });
  await sandbox.close();
  const db = openDatabase(path);
  // A throwaway file: no need to sync each page, and the indexes' pages fit in a large cache.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  // The SANDBOX_CONTACTS load contacts as rows, from the sandbox's own `loadContact`.
  db.table('load_contacts', {
    columns: ['id', 'first_name', 'last_name', 'home_phone', 'mobile_phone', 'tier'],
    *rows(count: unknown) {
      for (let index = 0; index < Number(count); index += 1) {
        const { fields, properties } = loadContact(index);
        yield [
          index + 1,
          fields.firstName,
          fields.lastName,
          fields.homePhone,
          fields.mobilePhone ?? null,
          properties?.tier ?? null,
        ];
      }
    },
  });
  db.function('number_at', { deterministic: true }, (index) => numberAt(Number(index)));
  const now = Date.now();
  // Each index is made again once its table is full: sorting once beats placing a million entries.
  const indexes = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('contacts', 'contact_properties', 'dnc', 'calls')",
    )
    .all() as Array<{ name: string; sql: string }>;
  const broadcastId = db.transaction(() => {
    for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
    db.prepare('CREATE TEMP TABLE load AS SELECT * FROM load_contacts(?)').run(ROWS);
    db.prepare(
      `INSERT INTO contacts (id, first_name, last_name, home_phone, mobile_phone, created, modified)
       SELECT id, first_name, last_name, home_phone, mobile_phone, @now, @now FROM load`,
    ).run({ now });
    db.exec(
      "INSERT INTO contact_properties (contact_id, name, value) SELECT id, 'tier', tier FROM load WHERE tier IS NOT NULL",
    );
    db.exec('DROP TABLE load');
    // In number order: the table is keyed by the number, so each row is appended rather than placed.
    db.prepare(
      `${SERIES} INSERT INTO dnc (number, call, text, source, created)
       SELECT number_at(i), 1, 0, @source, @now FROM n ORDER BY 1`,
    ).run({ count: ROWS, source: DEFAULT_DNC_SOURCE, now });
    const campaignId = insertCampaign(
      db,
      'call',
      { name: 'Scale', settings: { sounds: { liveSoundText: 'Hi' } } },
      now,
    );
    const batchId = insertBatch(db, campaignId, 'Scale', now);
    db.prepare(
      `${SERIES} INSERT INTO calls (campaign_id, batch_id, to_number, state, final_result, time_zone, inbound, created, modified)
       SELECT @campaignId, @batchId, number_at(i), 'FINISHED', 'LA', 'America/New_York', 0, @now, @now FROM n`,
    ).run({ count: CALLS, campaignId, batchId, now });
    completeBatch(db, batchId, CALLS, false);
    setCampaignStatus(db, campaignId, 'FINISHED', now);
    for (const { sql } of indexes) db.exec(sql);
    return campaignId;
  })();
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
  const consoleUrl = `http://127.0.0.1:${PORTS.console}`;
  const pages = [
    { name: `contacts (${ROWS.toLocaleString('en-US')})`, path: '/contacts' },
    { name: `do-not-contact list (${ROWS.toLocaleString('en-US')})`, path: '/dnc' },
    { name: `calls of a broadcast (${CALLS.toLocaleString('en-US')})`, path: `/calls?broadcast=${broadcastId}` },
  ];
  const times = pages.map(() => ({ firstRow: [] as number[], nextPage: [] as number[] }));
  const figures = [
    figure('scale', 'filling the database (contacts, do-not-contact numbers, calls)', 's', [fillSeconds]),
  ];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      for (const [index, page] of pages.entries()) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const tab = await context.newPage();
        await watchFor(tab, FIRST_ROW);
        await tab.goto(`${consoleUrl}${page.path}`, { waitUntil: 'commit' });
        times[index]!.firstRow.push(await seenAt(tab, FIRST_ROW));
        times[index]!.nextPage.push((await tab.evaluate(NEXT_PAGE)) as number);
        await context.close();
      }
    }
    figures.push(
      ...pages.flatMap((page, index) => [
        figure('scale', `${page.name}: navigation to first row`, 'ms', times[index]!.firstRow),
        figure('scale', `${page.name}: next page, click to first row`, 'ms', times[index]!.nextPage),
      ]),
      // After the pages: these add contacts and numbers.
      ...(await scaleRequestFigures(sandbox.url, ROWS, numberAt)),
      // Numbers past the filled ones: new to the list.
      ...(await dncPasteFigures(browser, consoleUrl, (index) => numberAt(ROWS + index))),
    );
  } finally {
    await browser.close();
    await console_.stop();
    await sandbox.stop();
    folder.remove();
  }
  return figures;
}
