import { describe, expect, it } from 'vitest';
import { readCall } from './callMapper';
import { callMigrations } from './calls';
import { migrate, openDatabase } from './database';

describe('calls-002-attempts', () => {
  it("moves a database's JSON copies of calls into columns and attempt rows, keeping what the API shows", () => {
    const db = openDatabase(':memory:');
    migrate(db, callMigrations.slice(0, 1));
    const before = {
      id: 7,
      toNumber: '12135550100',
      state: 'FINISHED',
      campaignId: 3,
      labels: ['clinic'],
      attributes: { ref: 'A1' },
      finalCallResult: 'LA',
      records: [{ id: 701, toNumber: '12135550100', originateTime: 1000, answerTime: 7000, finishTime: 40_000 }].map(
        (record) => ({ ...record, duration: 33, result: 'LA', billedAmount: 1, switchId: 'sandbox' }),
      ),
    };
    db.prepare(
      `INSERT INTO calls (id, campaign_id, to_number, state, final_result, time_zone, attempts, duration,
         billed_seconds, billed, created, modified, payload)
       VALUES (7, 3, '12135550100', 'FINISHED', 'LA', 'America/Los_Angeles', 1, 33, 60, 1, 1, 40000, ?)`,
    ).run(JSON.stringify(before));
    db.prepare(
      `INSERT INTO call_recordings (call_id, campaign_id, name, created, length_in_seconds, hash, state, mp3)
       VALUES (7, 3, 'answer', 40000, 3, 'h', 'READY', x'00')`,
    ).run();
    migrate(db, callMigrations);
    const after = readCall(db, 7, 'http://sandbox/v2')!;
    expect(after).toMatchObject({
      labels: ['clinic'],
      attributes: { ref: 'A1' },
      finalCallResult: 'LA',
      records: [{ id: 701, duration: 33, result: 'LA', billedAmount: 1, recordings: [{ name: 'answer' }] }],
    });
    expect(after.notes).toBeUndefined();
  });
});
