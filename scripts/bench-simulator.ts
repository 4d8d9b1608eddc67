/**
 * Benchmark (not a test): simulates one 100,000-recipient voice broadcast to completion at full speed
 * and checks that its statistics agree with its calls and with the credits billed.
 *   npx tsx scripts/bench-simulator.ts [recipients]
 */
import { performance } from 'node:perf_hooks';
import { areas } from '../sandbox/areas';
import { addBatch } from '../sandbox/areas/broadcasts/addRecipients';
import { readConfig } from '../sandbox/config';
import type { SandboxContext } from '../sandbox/context';
import { campaignRow, insertCampaign, setCampaignStatus } from '../sandbox/db/broadcasts';
import { creditUsage } from '../sandbox/db/billing';
import { callStats } from '../sandbox/db/callStats';
import { migrate, openDatabase } from '../sandbox/db/database';
import { createCallChannel } from '../sandbox/simulator/callChannel';
import { CampaignEngine } from '../sandbox/simulator/campaignEngine';
import { isOnDoNotContactList } from '../sandbox/simulator/doNotContact';
import { ManualClock } from '../sandbox/clock';

const recipients = Number(process.argv[2] ?? 100_000);
const db = openDatabase(':memory:');
migrate(
  db,
  areas.flatMap((area) => area.migrations),
);
const clock = new ManualClock(Date.UTC(2025, 0, 15, 18));
const engine = new CampaignEngine({ isBlocked: isOnDoNotContactList });
engine.register(createCallChannel());
const context: SandboxContext = {
  db,
  config: readConfig({ SANDBOX_SEED: 'empty', SANDBOX_DB: ':memory:' }),
  clock,
  now: () => clock.now(),
  engine,
};
areas.forEach((area) => area.seed?.(context, 'empty'));

const numbers = Array.from({ length: recipients }, (_, index) => ({
  phoneNumber: `1${212 + (index % 700)}555${String(index % 10000).padStart(4, '0')}`,
}));
let started = performance.now();
const id = insertCampaign(
  db,
  'call',
  { name: 'bench', settings: { maxActive: 1000, sounds: { liveSoundText: 'Hi' } } },
  clock.now(),
);
addBatch(
  db,
  campaignRow(db, id)!,
  'bench',
  numbers,
  { field: 'recipients', strict: false, scrubDuplicates: false },
  clock.now(),
);
const loadSeconds = (performance.now() - started) / 1000;

// The seeded account's credits would suspend the run long before 100,000 answered calls.
db.prepare('UPDATE account SET pay_as_you_go_credits = ?').run(1e9);
// "Full speed": steps 200 simulated seconds apart, longer than any call, so every call ends within one step.
const STEP_MS = 200_000;
setCampaignStatus(db, id, 'RUNNING', clock.now());
started = performance.now();
let steps = 0;
let slowestStep = 0;
let slowestStats = 0;
while (campaignRow(db, id)!.status !== 'FINISHED') {
  const stepStart = performance.now();
  engine.step(db, clock.now());
  slowestStep = Math.max(slowestStep, performance.now() - stepStart);
  if (steps % 20 === 0) {
    const statsStart = performance.now();
    callStats(db, id);
    slowestStats = Math.max(slowestStats, performance.now() - statsStart);
  }
  clock.advance(STEP_MS);
  steps += 1;
}
const runSeconds = (performance.now() - started) / 1000;

const stats = callStats(db, id);
const byResult = db
  .prepare('SELECT final_result AS result, COUNT(*) AS count FROM calls WHERE campaign_id = ? GROUP BY final_result')
  .all(id);
const billed = creditUsage(db, 0, clock.now()).creditsUsed ?? 0;
const counted =
  stats.liveCount! +
  stats.answeringMachineCount! +
  stats.busyCount! +
  stats.noAnswerCount! +
  stats.transferCount! +
  stats.errorCount! +
  stats.doNotCallCount! +
  stats.miscCount!;
const consistent =
  counted === recipients && stats.callsPlaced === recipients && Math.abs(billed - stats.billedAmount!) < 0.01;

console.log(`recipients: ${recipients}`);
console.log(`adding the batch (contacts included): ${loadSeconds.toFixed(1)} s`);
console.log(
  `simulating to FINISHED: ${runSeconds.toFixed(1)} s in ${steps} steps (slowest step ${slowestStep.toFixed(0)} ms)`,
);
console.log(`slowest statistics query during the run: ${slowestStats.toFixed(0)} ms`);
console.log('results:', JSON.stringify(byResult));
console.log(`billed: ${stats.billedAmount} credits (ledger ${billed}); stats consistent with calls: ${consistent}`);
if (!consistent) process.exitCode = 1;
