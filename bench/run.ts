/**
 * `npm run bench [-- part …]`: measures the console against its peers and its limits (issue 16) and
 * writes `bench/results.json`. Not a test: it never fails on a number, it reports each figure with its
 * goal. Parts run in the order below; name some to run only those (their figures replace the same
 * part's in the results file, the others are kept).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { type Figure, figure, markdownTable, table } from './figures';
import { apiBench } from './parts/api';
import { bundleBench } from './parts/bundle';
import { eventLoopBench } from './parts/eventLoop';
import { pageLoadBench } from './parts/pageLoad';
import { scaleBench } from './parts/scale';
import { simulatorBench } from './parts/simulator';
import { waveformBench } from './parts/waveform';

interface PartResult {
  figures: Figure[];
  seconds: number;
  /** The machine's 1-minute load average when the part started and ended: these machines are shared. */
  loadAverage: [number, number];
  measuredAt: string;
}
interface Results {
  machine: { cpus: number; node: string };
  parts: Record<string, PartResult>;
}

const PARTS: Record<string, () => Promise<Figure[]>> = {
  bundle: bundleBench,
  pageload: pageLoadBench,
  waveform: waveformBench,
  scale: scaleBench,
  api: apiBench,
  eventloop: eventLoopBench,
  simulator: simulatorBench,
};

const RESULTS_FILE = 'bench/results.json';
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length) {
  console.error(`No such part: ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}`);
  process.exit(1);
}
const chosen = asked.length ? Object.keys(PARTS).filter((name) => asked.includes(name)) : Object.keys(PARTS);

const results: Results = existsSync(RESULTS_FILE)
  ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results)
  : { machine: { cpus: 0, node: '' }, parts: {} };
results.machine = { cpus: cpus().length, node: process.version };

const load = () => Number(loadavg()[0]!.toFixed(1));
const started = performance.now();
const loadAtRunStart = load();
for (const name of chosen) {
  const partStart = performance.now();
  const loadAtStart = load();
  console.log(`\n▶ ${name} (load average ${loadAtStart})`);
  try {
    const figures = await PARTS[name]!();
    results.parts[name] = {
      figures,
      seconds: Math.round((performance.now() - partStart) / 1000),
      loadAverage: [loadAtStart, load()],
      measuredAt: new Date().toISOString(),
    };
    console.log(table(figures));
  } catch (error) {
    // One part failing (a missing build, a port in use) should not lose the others' figures.
    console.error(`✗ ${name} failed:`, error);
    process.exitCode = 1;
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}

// The whole run has its own goal (issue 16): ten minutes on the 2-core machine. Only a run of every part says.
const runSeconds = (performance.now() - started) / 1000;
if (chosen.length === Object.keys(PARTS).length) {
  results.parts.total = {
    figures: [
      figure('total', 'the whole `npm run bench`', 's', [runSeconds], {
        goal: '< 600 s',
        met: (result) => result.median < 600,
      }),
    ],
    seconds: Math.round(runSeconds),
    loadAverage: [loadAtRunStart, load()],
    measuredAt: new Date().toISOString(),
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}

const all = Object.entries(results.parts).flatMap(([, part]) => part.figures);
const loads = Object.entries(results.parts)
  .map(
    ([name, part]) =>
      `${name} ${part.loadAverage[0]}–${part.loadAverage[1]} (${part.measuredAt.slice(0, 16)}Z, ${part.seconds} s)`,
  )
  .join('; ');
writeFileSync(
  'bench/results.md',
  `${markdownTable(all)}\n\n${results.machine.cpus} CPUs, Node ${results.machine.node}. 1-minute load average at the start and end of each part: ${loads}.\n`,
);
console.log(`\nAll figures in ${RESULTS_FILE} (${Math.round(runSeconds)} s this run):\n`);
console.log(table(all));
