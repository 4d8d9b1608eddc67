import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import type { SandboxContext } from '../context';
import { areas } from '../areas';
import { addBatch } from '../areas/broadcasts/addRecipients';
import { campaignRow, insertCampaign, setCampaignStatus, type CampaignSettings } from '../db/broadcasts';
import { planUsage } from '../db/billing';
import { callStats } from '../db/callStats';
import { readCall } from '../db/callMapper';
import { insertCalls } from '../db/calls';
import { migrate, openDatabase, type Db } from '../db/database';
import { upsertDoNotContacts } from '../db/dnc';
import { ManualClock } from '../clock';
import { CampaignEngine } from './campaignEngine';
import { createCallChannel } from './callChannel';
import { isOnDoNotContactList } from './doNotContact';

function sandboxAt(start: number) {
  const db = openDatabase(':memory:');
  migrate(
    db,
    areas.flatMap((area) => area.migrations),
  );
  // The engine steps by hand here (no ticker on the clock), so each test sets its own pace.
  const clock = new ManualClock(start);
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
  const step = (ms = 1000) => {
    engine.step(db, clock.now());
    clock.advance(ms);
  };
  /** Puts numbers on the account's do-not-contact list, as addDoNotContacts does. */
  const doNotContact = (numbers: string[], flags: { call?: boolean; text?: boolean }) =>
    upsertDoNotContacts(db, { numbers, ...flags }, clock.now());
  const broadcast = (settings: CampaignSettings, numbers: string[]) => {
    const id = insertCampaign(db, 'call', { name: 'test', settings }, clock.now());
    addBatch(
      db,
      campaignRow(db, id)!,
      'b',
      numbers.map((phoneNumber) => ({ phoneNumber })),
      {
        field: 'recipients',
        strict: false,
        scrubDuplicates: false,
      },
      clock.now(),
    );
    return id;
  };
  return { db, step, broadcast, doNotContact, status: (id: number) => campaignRow(db, id)!.status };
}

const sounds = { liveSoundText: 'hello' };
const stateOf = (db: Db, campaignId: number, number: string) =>
  db.prepare('SELECT state FROM calls WHERE campaign_id = ? AND to_number = ?').pluck().get(campaignId, number);
const attemptsOf = (db: Db, campaignId: number, number: string) =>
  db
    .prepare(
      `SELECT COUNT(*) FROM call_attempts a JOIN calls c ON c.id = a.call_id WHERE c.campaign_id = ? AND c.to_number = ?`,
    )
    .pluck()
    .get(campaignId, number);
const numbers = (count: number) =>
  Array.from({ length: count }, (_, index) => `1213555${String(1000 + index).padStart(4, '0')}`);

describe('campaign engine', () => {
  it('never has more calls in progress than maxActive, and finishes with stats that match the calls', () => {
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 18));
    const id = sim.broadcast({ sounds, maxActive: 3 }, numbers(20));
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    for (let i = 0; i < 2000 && sim.status(id) !== 'FINISHED'; i++) {
      sim.step();
      const active = sim.db.prepare("SELECT COUNT(*) FROM calls WHERE state = 'SELECTED'").pluck().get() as number;
      expect(active).toBeLessThanOrEqual(3);
    }
    expect(sim.status(id)).toBe('FINISHED');
    const stats = callStats(sim.db, id);
    expect(stats.totalOutboundCount).toBe(20);
    expect(stats.remainingOutboundCount).toBe(0);
    expect(
      stats.liveCount! +
        stats.answeringMachineCount! +
        stats.busyCount! +
        stats.noAnswerCount! +
        stats.errorCount! +
        stats.transferCount!,
    ).toBe(20);
    expect(stats.billedAmount).toBeGreaterThan(0);
    expect(planUsage(sim.db, Date.UTC(2025, 0, 15, 19)).remainingPlanCredits).toBe(5000 - stats.billedAmount!);
  });

  it('retries the results the retry configuration names, up to maxAttempts', () => {
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 18));
    // 76 is BUSY, then answered on the repeat (even last digit); 77 stays BUSY.
    const id = sim.broadcast(
      { sounds, retryConfig: { maxAttempts: 3, minutesBetweenAttempts: 1, retryResults: ['BUSY'] } },
      ['12135550176', '12135550177'],
    );
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    for (let i = 0; i < 1000 && sim.status(id) !== 'FINISHED'; i++) sim.step(5000);
    const calls = sim.db.prepare('SELECT to_number, attempts, final_result FROM calls ORDER BY to_number').all();
    expect(calls).toEqual([
      { to_number: '12135550176', attempts: 2, final_result: 'LA' },
      { to_number: '12135550177', attempts: 3, final_result: 'BUSY' },
    ]);
  });

  it('keeps the statistics counters equal to counting the calls, while running and at the end', () => {
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 18));
    sim.doNotContact([numbers(1)[0]!], { call: true });
    const id = sim.broadcast(
      { sounds, maxActive: 4, retryConfig: { maxAttempts: 2, minutesBetweenAttempts: 1, retryResults: ['BUSY'] } },
      [...numbers(30), '12135550176', '12135550177'],
    );
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    const counted = () => callStats(sim.db, id, 0, Number.MAX_SAFE_INTEGER);
    for (let i = 0; i < 1000 && sim.status(id) !== 'FINISHED'; i++) {
      sim.step(5000);
      if (i % 3 === 0) expect(callStats(sim.db, id)).toEqual(counted());
    }
    expect(sim.status(id)).toBe('FINISHED');
    expect(callStats(sim.db, id)).toEqual(counted());
    expect(callStats(sim.db, id)).toMatchObject({ doNotCallCount: 1, totalOutboundCount: 32 });
  });

  it('marks numbers already on the do-not-call list DNC when they are added, and never dials them', () => {
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 18));
    const [blocked, textOnly, free] = numbers(3);
    sim.doNotContact([blocked], { call: true });
    sim.doNotContact([textOnly], { text: true });
    const id = sim.broadcast({ sounds }, [blocked, textOnly, free]);
    expect(stateOf(sim.db, id, blocked)).toBe('DNC');
    expect(stateOf(sim.db, id, textOnly)).toBe('READY');
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    for (let i = 0; i < 500 && sim.status(id) !== 'FINISHED'; i++) sim.step();
    expect(callStats(sim.db, id)).toMatchObject({ doNotCallCount: 1, liveCount: 2, callsPlaced: 2 });
    expect(attemptsOf(sim.db, id, blocked)).toBe(0);
  });

  it('skips a number put on the do-not-call list after it was added', () => {
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 18));
    const [late, free] = numbers(2);
    const id = sim.broadcast({ sounds }, [late, free]);
    expect(stateOf(sim.db, id, late)).toBe('READY');
    sim.doNotContact([late], { call: true });
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    for (let i = 0; i < 500 && sim.status(id) !== 'FINISHED'; i++) sim.step();
    expect(stateOf(sim.db, id, late)).toBe('DNC');
    expect(attemptsOf(sim.db, id, late)).toBe(0);
    const lateId = sim.db.prepare('SELECT id FROM calls WHERE to_number = ?').pluck().get(late) as number;
    expect(readCall(sim.db, lateId, 'http://sandbox/v2')!.notes?.[0]?.text).toMatch(/do-not-call list/);
    expect(callStats(sim.db, id)).toMatchObject({ doNotCallCount: 1, liveCount: 1, callsPlaced: 1 });
  });

  it('suspends a broadcast when the account runs out of credits, and resumes once credits are bought', () => {
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 18));
    // Two credits in all: the first two answered calls (a minute or less each) use them up.
    sim.db.prepare('UPDATE account SET plan_credits_per_period = 2, pay_as_you_go_credits = 0').run();
    const id = sim.broadcast({ sounds, maxActive: 1 }, numbers(5));
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    for (let i = 0; i < 500 && sim.status(id) === 'RUNNING'; i++) sim.step();
    expect(sim.status(id)).toBe('SUSPENDED');
    const suspended = callStats(sim.db, id);
    expect(suspended).toMatchObject({ liveCount: 2, billedAmount: 2, remainingOutboundCount: 3 });
    for (let i = 0; i < 50; i++) sim.step();
    expect(callStats(sim.db, id).callsPlaced).toBe(2);

    sim.db.prepare('UPDATE account SET pay_as_you_go_credits = 100').run();
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    for (let i = 0; i < 500 && sim.status(id) !== 'FINISHED'; i++) sim.step();
    expect(callStats(sim.db, id)).toMatchObject({ liveCount: 5, remainingOutboundCount: 0 });
  });

  it('does not dial calls sent on their own once credits run out: they end UNDIALED with a note', () => {
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 18));
    sim.db.prepare('UPDATE account SET plan_credits_per_period = 0, pay_as_you_go_credits = 0').run();
    const [id] = insertCalls(
      sim.db,
      [{ campaignId: 0, toNumber: '12135550100', state: 'READY', timeZone: 'UTC', script: { liveMessage: 'Hi' } }],
      Date.UTC(2025, 0, 15, 18),
    );
    sim.step();
    const call = readCall(sim.db, id!, 'http://sandbox/v2')!;
    expect(call).toMatchObject({ state: 'FINISHED', finalCallResult: 'UNDIALED' });
    expect(call.records).toBeUndefined();
    expect(call.notes).toEqual([{ text: expect.stringMatching(/no credits left/), created: expect.any(Number) }]);
  });

  it('dials nobody outside the local time restriction', () => {
    // 18:00 UTC is 10:00 in Los Angeles: outside a 12:00–20:00 window.
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 18));
    const id = sim.broadcast(
      { sounds, localTimeRestriction: { enabled: true, beginHour: 12, beginMinute: 0, endHour: 20, endMinute: 0 } },
      ['12135550100'],
    );
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    for (let i = 0; i < 10; i++) sim.step();
    expect(callStats(sim.db, id).callsPlaced).toBe(0);
    sim.step(2 * 60 * 60 * 1000);
    for (let i = 0; i < 100; i++) sim.step();
    expect(callStats(sim.db, id).callsPlaced).toBe(1);
  });

  it('waits as SCHEDULED until a schedule opens, and stops when the day closes without resumeNextDay', () => {
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 16, 59, 30));
    const schedules = [
      { startTimeOfDay: { hour: 17, minute: 0 }, stopTimeOfDay: { hour: 17, minute: 1 }, timeZone: 'UTC' },
    ];
    const id = sim.broadcast({ sounds, maxActive: 1, schedules }, numbers(10));
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    sim.step();
    expect(sim.status(id)).toBe('SCHEDULED');
    for (let i = 0; i < 120; i++) sim.step();
    expect(sim.status(id)).toBe('STOPPED');
    expect(callStats(sim.db, id).remainingOutboundCount).toBeGreaterThan(0);
  });

  it('stop pauses and start resumes', () => {
    const sim = sandboxAt(Date.UTC(2025, 0, 15, 18));
    const id = sim.broadcast({ sounds, maxActive: 1 }, numbers(5));
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    for (let i = 0; i < 60; i++) sim.step();
    setCampaignStatus(sim.db, id, 'STOPPED', 0);
    for (let i = 0; i < 60; i++) sim.step();
    const placed = callStats(sim.db, id).callsPlaced!;
    for (let i = 0; i < 200; i++) sim.step();
    expect(callStats(sim.db, id).callsPlaced).toBe(placed);
    setCampaignStatus(sim.db, id, 'RUNNING', 0);
    for (let i = 0; i < 1000 && sim.status(id) !== 'FINISHED'; i++) sim.step();
    expect(callStats(sim.db, id).callsPlaced).toBe(5);
  });
});
