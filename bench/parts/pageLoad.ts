/**
 * `npm run bench -- pageload`: cold loads in Chromium of the production build in front of a demo
 * sandbox. For the broadcasts, contacts and calls pages, the time from navigation to the first data
 * row, beside a blank page from the same server in the same run (the floor). Pages take turns, so
 * a busy moment of the shared machine falls on all of them alike.
 */
import { join } from 'node:path';
import { type Figure, figure } from '../figures';
import { launchChromium, startProductionConsole, timeToSelector, BLANK_PAGE } from '../console';
import { PORTS, scratchFolder, startSandbox } from '../processes';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const FLOOR_RATIO_GOAL = 2;
const FIRST_ROW = '.MuiDataGrid-row[data-rowindex="0"]';
const PAGES = [
  { name: 'voice broadcasts', path: '/broadcasts' },
  { name: 'contacts', path: '/contacts' },
  { name: 'calls', path: '/calls' },
];

export async function pageLoadBench(): Promise<Figure[]> {
  const folder = scratchFolder('pageload');
  const sandbox = await startSandbox(join(folder.path, 'callfire.db'), { SANDBOX_SEED: 'demo' });
  const console_ = await startProductionConsole(sandbox.url);
  const browser = await launchChromium();
  const base = `http://127.0.0.1:${PORTS.console}`;
  const cases = [
    { name: 'blank page', path: BLANK_PAGE, selector: 'p' },
    ...PAGES.map((page) => ({ ...page, selector: FIRST_ROW })),
  ];
  const times = new Map<string, number[]>(cases.map((entry) => [entry.name, []]));
  try {
    // One load of each first, not counted: the server's and the disk's caches warm up, the browser's stay cold.
    for (const entry of cases) await timeToSelector(browser, `${base}${entry.path}`, entry.selector);
    for (let load = 0; load < LOADS; load += 1) {
      for (const entry of cases)
        times.get(entry.name)!.push(await timeToSelector(browser, `${base}${entry.path}`, entry.selector));
    }
  } finally {
    await browser.close();
    await console_.stop();
    await sandbox.stop();
    folder.remove();
  }
  const floor = { name: 'blank page', values: times.get('blank page')! };
  return [
    figure('pageload', 'blank page from the same server (the floor)', 'ms', floor.values),
    ...PAGES.map((page) =>
      figure('pageload', `${page.name}: navigation to first data row`, 'ms', times.get(page.name)!, {
        peer: floor,
        goal: `≤ ${FLOOR_RATIO_GOAL}× the floor`,
        met: (result) => result.ratio! <= FLOOR_RATIO_GOAL,
      }),
    ),
  ];
}
