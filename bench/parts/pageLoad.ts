/**
 * `npm run bench -- pageload`: cold loads in Chromium of the production build in front of a demo
 * sandbox. For the broadcasts, contacts and calls pages, the time from navigation to the first data
 * row, beside a blank page from the same server in the same run (the floor), and beside the stack floor:
 * pages of the same libraries (React, MUI, react-query, the router; then with MUI X's data grid) built
 * by the same Vite and served by the same server, drawing the first row of one `/api` request. Pages
 * take turns, so a busy moment of the shared machine falls on all of them alike.
 */
import { join } from 'node:path';
import { type Figure, figure } from '../figures';
import {
  BLANK_PAGE,
  GRID_FLOOR_PAGE,
  launchChromium,
  STACK_FLOOR_PAGE,
  startProductionConsole,
  timeToSelector,
} from '../console';
import { PORTS, scratchFolder, startSandbox } from '../processes';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const FLOOR_RATIO_GOAL = 2;
const FIRST_ROW = '.MuiDataGrid-row[data-rowindex="0"]';
const PAGES = [
  { name: 'voice broadcasts', path: '/broadcasts' },
  { name: 'contacts', path: '/contacts' },
  { name: 'calls', path: '/calls' },
];
const BLANK = 'blank page';
const STACK_FLOOR = 'stack floor';
const GRID_FLOOR = 'stack floor + data grid';

export async function pageLoadBench(): Promise<Figure[]> {
  const folder = scratchFolder('pageload');
  const sandbox = await startSandbox(join(folder.path, 'callfire.db'), { SANDBOX_SEED: 'demo' });
  const console_ = await startProductionConsole(sandbox.url);
  const browser = await launchChromium();
  const base = `http://127.0.0.1:${PORTS.console}`;
  const cases = [
    { name: BLANK, path: BLANK_PAGE, selector: 'p' },
    { name: STACK_FLOOR, path: STACK_FLOOR_PAGE, selector: '[data-bench-row="0"]' },
    { name: GRID_FLOOR, path: GRID_FLOOR_PAGE, selector: FIRST_ROW },
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
  const floor = { name: BLANK, values: times.get(BLANK)! };
  const gridFloor = { name: GRID_FLOOR, values: times.get(GRID_FLOOR)! };
  return [
    figure('pageload', 'blank page from the same server (the floor)', 'ms', floor.values),
    figure(
      'pageload',
      'stack floor: React, MUI, react-query, router; first table row of one /api request',
      'ms',
      times.get(STACK_FLOOR)!,
      { peer: floor },
    ),
    figure('pageload', 'stack floor with MUI X data grid: first grid row of one /api request', 'ms', gridFloor.values, {
      peer: floor,
    }),
    ...PAGES.map((page) =>
      figure('pageload', `${page.name}: navigation to first data row`, 'ms', times.get(page.name)!, {
        peer: floor,
        goal: `≤ ${FLOOR_RATIO_GOAL}× the floor`,
        met: (result) => result.ratio! <= FLOOR_RATIO_GOAL,
      }),
    ),
    // How much of the gap is the console itself, past what its libraries cost.
    ...PAGES.map((page) =>
      figure('pageload', `${page.name}: against the stack floor with the grid`, 'ms', times.get(page.name)!, {
        peer: gridFloor,
      }),
    ),
  ];
}
