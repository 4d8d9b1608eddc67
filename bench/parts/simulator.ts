/**
 * `npm run bench -- simulator`: a 100,000-recipient voice broadcast and a 100,000-recipient text
 * broadcast, each from adding the batch to FINISHED at full speed (simulated time, a ManualClock
 * stepped further than any call or text lasts), with the statistics query the detail page polls timed
 * while it runs. In process, on an in-memory database with every area's schema.
 */
import { areas } from '../../sandbox/areas';
import { addBatch } from '../../sandbox/areas/broadcasts/addRecipients';
import { ManualClock } from '../../sandbox/clock';
import { readConfig } from '../../sandbox/config';
import type { SandboxContext } from '../../sandbox/context';
import { campaignRow, insertCampaign, setCampaignStatus } from '../../sandbox/db/broadcasts';
import { callStats } from '../../sandbox/db/callStats';
import { migrate, openDatabase } from '../../sandbox/db/database';
import { textStats } from '../../sandbox/db/texts';
import { createCallChannel } from '../../sandbox/simulator/callChannel';
import { CampaignEngine } from '../../sandbox/simulator/campaignEngine';
import { isOnDoNotContactList } from '../../sandbox/simulator/doNotContact';
import { createTextChannel } from '../../sandbox/simulator/textChannel';
import { type Figure, figure, percentile } from '../figures';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
// Longer than any call or text takes, so each one ends within the step after it began.
const STEP_MS = 200_000;

function simulate(kind: 'call' | 'text') {
  const db = openDatabase(':memory:');
  migrate(
    db,
    areas.flatMap((area) => area.migrations),
  );
  const clock = new ManualClock(Date.UTC(2025, 0, 15, 18));
  const engine = new CampaignEngine({ isBlocked: isOnDoNotContactList });
  engine.register(createCallChannel());
  engine.register(createTextChannel());
  const context: SandboxContext = {
    db,
    config: readConfig({ SANDBOX_SEED: 'empty', SANDBOX_DB: ':memory:' }),
    clock,
    now: () => clock.now(),
    engine,
  };
  areas.forEach((area) => area.seed?.(context, 'empty'));
  // The seeded credits would suspend the run long before 100,000 answered calls.
  db.prepare('UPDATE account SET pay_as_you_go_credits = ?').run(1e9);

  const numbers = Array.from({ length: RECIPIENTS }, (_, index) => ({
    phoneNumber: `1${212 + (index % 700)}555${String(index % 10000).padStart(4, '0')}`,
  }));
  // CPU time beside wall time: on a shared machine the wall time says more about the others' load.
  const cpuSeconds = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
  };
  let started = performance.now();
  let cpu = process.cpuUsage();
  const settings =
    kind === 'call' ? { maxActive: 1000, sounds: { liveSoundText: 'Hi' } } : { message: 'Your order has shipped.' };
  const id = insertCampaign(db, kind, { name: `bench ${kind}`, settings }, clock.now());
  addBatch(
    db,
    campaignRow(db, id)!,
    'bench',
    numbers,
    { field: 'recipients', strict: false, scrubDuplicates: false },
    clock.now(),
  );
  const addSeconds = (performance.now() - started) / 1000;
  const addCpuSeconds = cpuSeconds(cpu);

  setCampaignStatus(db, id, 'RUNNING', clock.now());
  started = performance.now();
  cpu = process.cpuUsage();
  const statsMs: number[] = [];
  for (let step = 0; campaignRow(db, id)!.status !== 'FINISHED'; step += 1) {
    engine.step(db, clock.now());
    if (step % 5 === 0) {
      const query = performance.now();
      if (kind === 'call') callStats(db, id);
      else textStats(db, id);
      statsMs.push(performance.now() - query);
    }
    clock.advance(STEP_MS);
  }
  const runSeconds = (performance.now() - started) / 1000;
  const runCpuSeconds = cpuSeconds(cpu);
  db.close();
  return { addSeconds, addCpuSeconds, runSeconds, runCpuSeconds, statsP95: percentile(statsMs, 95) };
}

export async function simulatorBench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const kind of ['call', 'text'] as const) {
    const result = simulate(kind);
    const label = `${RECIPIENTS.toLocaleString('en-US')}-recipient ${kind === 'call' ? 'voice' : 'text'} broadcast`;
    console.log(`  ${label}:`, result);
    figures.push(
      figure('simulator', `${label}: adding the batch`, 's', [result.addSeconds], {
        goal: '< 5 s',
        met: (value) => value.median < 5,
      }),
      figure('simulator', `${label}: adding the batch, CPU time`, 's', [result.addCpuSeconds]),
      figure('simulator', `${label}: run to FINISHED`, 's', [result.runSeconds], {
        goal: '< 30 s',
        met: (value) => value.median < 30,
      }),
      figure('simulator', `${label}: run to FINISHED, CPU time`, 's', [result.runCpuSeconds]),
      figure('simulator', `${label}: stats query while running, p95`, 'ms', [result.statsP95], {
        goal: '< 100 ms',
        met: (value) => value.median < 100,
      }),
    );
  }
  return figures;
}
