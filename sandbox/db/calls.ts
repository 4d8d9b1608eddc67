import type { components } from '../../shared/schema';
import { actionQueries, type ActionStore } from './actions';
import type { Db, Migration } from './database';

export type Call = components['schemas']['Call'];
type ActionState = components['schemas']['ActionState'];
type CallResult = components['schemas']['CallResult'];

/** What plays on a call sent with sendCalls (broadcast calls play their broadcast's settings). */
export interface CallScript {
  liveMessage?: string;
  liveMessageSoundId?: number;
  machineMessage?: string;
  machineMessageSoundId?: number;
  transferMessage?: string;
  transferMessageSoundId?: number;
  transferDigit?: string;
  transferNumber?: string;
  voice?: components['schemas']['Voice'];
  dialplanXml?: string;
}

/**
 * A call is a `calls` row (who, where it stands, the engine's scheduling columns) plus one
 * `call_attempts` row per finished attempt, its `call_recordings` and its `call_notes`. Nothing
 * else holds a call's state: `callMapper.ts` builds the API's Call from these rows, and the
 * simulator changes them only through the operations below.
 */
export const callMigrations: Migration[] = [
  {
    name: 'calls-001-calls',
    sql: `
      CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL,          -- 0 for calls sent with sendCalls
        batch_id INTEGER,
        contact_id INTEGER,
        from_number TEXT,
        to_number TEXT NOT NULL,
        state TEXT NOT NULL,
        final_result TEXT,
        inbound INTEGER NOT NULL DEFAULT 0,
        -- the recipient's time zone (from the area code), for local time restrictions
        time_zone TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        attempt_started INTEGER,
        active_until INTEGER,
        duration INTEGER NOT NULL DEFAULT 0,
        billed_seconds INTEGER NOT NULL DEFAULT 0,
        billed REAL NOT NULL DEFAULT 0,
        -- sendCalls only: what to play, as JSON; such calls are dialled at once
        script TEXT,
        created INTEGER NOT NULL,
        modified INTEGER NOT NULL,
        payload TEXT NOT NULL
      );
      CREATE INDEX calls_due ON calls (campaign_id, state, next_attempt_at);
      CREATE INDEX calls_batch ON calls (batch_id, state);
      CREATE INDEX calls_contact ON calls (contact_id, created);
      CREATE INDEX calls_created ON calls (created);
      CREATE INDEX calls_to ON calls (to_number);
      CREATE INDEX calls_in_progress ON calls (active_until) WHERE state = 'SELECTED';
      CREATE INDEX calls_adhoc_ready ON calls (next_attempt_at) WHERE script IS NOT NULL AND state = 'READY';
      CREATE TABLE call_recordings (
        id INTEGER PRIMARY KEY,
        call_id INTEGER NOT NULL REFERENCES calls (id),
        campaign_id INTEGER NOT NULL,
        name TEXT NOT NULL,
        created INTEGER NOT NULL,
        length_in_seconds INTEGER NOT NULL,
        hash TEXT NOT NULL,
        state TEXT NOT NULL,
        mp3 BLOB NOT NULL,
        UNIQUE (call_id, name)
      );`,
  },
  {
    // The JSON copy of each call (payload) and the per-call totals become columns and attempt rows.
    name: 'calls-002-attempts',
    sql: `
      ALTER TABLE calls ADD COLUMN labels TEXT;      -- JSON array, NULL when the call has none
      ALTER TABLE calls ADD COLUMN attributes TEXT;  -- JSON object of the recipient's attributes, or NULL
      UPDATE calls SET
        labels = CASE WHEN json_array_length(payload, '$.labels') > 0 THEN json_extract(payload, '$.labels') END,
        attributes = json_extract(payload, '$.attributes');
      CREATE TABLE call_attempts (
        id INTEGER PRIMARY KEY,
        call_id INTEGER NOT NULL REFERENCES calls (id),
        caller_name TEXT,
        originate_time INTEGER NOT NULL,
        answer_time INTEGER,
        finish_time INTEGER NOT NULL,
        duration INTEGER NOT NULL,             -- seconds connected
        billed_seconds INTEGER NOT NULL,
        billed_amount REAL NOT NULL,           -- credits
        result TEXT NOT NULL
      );
      CREATE INDEX call_attempts_call ON call_attempts (call_id, id);
      INSERT INTO call_attempts (id, call_id, caller_name, originate_time, answer_time, finish_time, duration,
                                 billed_seconds, billed_amount, result)
        SELECT json_extract(r.value, '$.id'), c.id, c.from_number, json_extract(r.value, '$.originateTime'),
               json_extract(r.value, '$.answerTime'), json_extract(r.value, '$.finishTime'),
               json_extract(r.value, '$.duration'), json_extract(r.value, '$.billedAmount') * 60,
               json_extract(r.value, '$.billedAmount'), json_extract(r.value, '$.result')
        FROM calls c, json_each(c.payload, '$.records') r;
      ALTER TABLE call_recordings ADD COLUMN attempt_id INTEGER REFERENCES call_attempts (id);
      UPDATE call_recordings SET attempt_id = (
        SELECT a.id FROM call_attempts a WHERE a.call_id = call_recordings.call_id ORDER BY a.id DESC LIMIT 1);
      CREATE TABLE call_notes (
        id INTEGER PRIMARY KEY,
        call_id INTEGER NOT NULL REFERENCES calls (id),
        created INTEGER NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX call_notes_call ON call_notes (call_id, id);
      ALTER TABLE calls DROP COLUMN payload;
      ALTER TABLE calls DROP COLUMN duration;
      ALTER TABLE calls DROP COLUMN billed_seconds;
      ALTER TABLE calls DROP COLUMN billed;`,
  },
  {
    // A broadcast's statistics are counted from these indexes alone (no row of the table is read), and
    // its attempts' totals from its own attempts, so polling a 100,000-call broadcast stays cheap.
    name: 'calls-003-stats-indexes',
    sql: `
      ALTER TABLE call_attempts ADD COLUMN campaign_id INTEGER;
      UPDATE call_attempts SET campaign_id = (SELECT campaign_id FROM calls WHERE calls.id = call_attempts.call_id);
      CREATE INDEX call_attempts_campaign ON call_attempts (campaign_id, duration, billed_seconds, billed_amount);
      CREATE INDEX calls_stats ON calls (campaign_id, state, final_result, attempts, modified);`,
  },
  {
    // A broadcast's statistics without a time range come from counters kept by triggers, so a poll
    // reads a few rows however many calls the broadcast has (the indexes above serve time ranges).
    // final_result is '' for none, as NULLs never match each other in a primary key.
    name: 'calls-004-stats-counters',
    sql: `
      CREATE TABLE call_counts (
        campaign_id INTEGER NOT NULL,
        state TEXT NOT NULL,
        final_result TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (campaign_id, state, final_result, attempts)
      ) WITHOUT ROWID;
      INSERT INTO call_counts (campaign_id, state, final_result, attempts, count)
        SELECT campaign_id, state, COALESCE(final_result, ''), attempts, COUNT(*) FROM calls
        GROUP BY campaign_id, state, COALESCE(final_result, ''), attempts;
      CREATE TRIGGER calls_counted AFTER INSERT ON calls BEGIN
        INSERT INTO call_counts (campaign_id, state, final_result, attempts, count)
          VALUES (new.campaign_id, new.state, COALESCE(new.final_result, ''), new.attempts, 1)
          ON CONFLICT DO UPDATE SET count = count + 1;
      END;
      CREATE TRIGGER calls_recounted AFTER UPDATE OF campaign_id, state, final_result, attempts ON calls
        WHEN old.campaign_id != new.campaign_id OR old.state != new.state
          OR old.final_result IS NOT new.final_result OR old.attempts != new.attempts
      BEGIN
        UPDATE call_counts SET count = count - 1
          WHERE campaign_id = old.campaign_id AND state = old.state
            AND final_result = COALESCE(old.final_result, '') AND attempts = old.attempts;
        INSERT INTO call_counts (campaign_id, state, final_result, attempts, count)
          VALUES (new.campaign_id, new.state, COALESCE(new.final_result, ''), new.attempts, 1)
          ON CONFLICT DO UPDATE SET count = count + 1;
      END;
      CREATE TABLE call_attempt_totals (
        campaign_id INTEGER PRIMARY KEY,
        duration INTEGER NOT NULL,
        billed_seconds INTEGER NOT NULL,
        billed_amount REAL NOT NULL
      );
      INSERT INTO call_attempt_totals (campaign_id, duration, billed_seconds, billed_amount)
        SELECT campaign_id, SUM(duration), SUM(billed_seconds), SUM(billed_amount) FROM call_attempts
        WHERE campaign_id IS NOT NULL GROUP BY campaign_id;
      -- The totals replace the index they were summed from.
      DROP INDEX call_attempts_campaign;
      CREATE TRIGGER call_attempts_totalled AFTER INSERT ON call_attempts BEGIN
        INSERT INTO call_attempt_totals (campaign_id, duration, billed_seconds, billed_amount)
          VALUES (new.campaign_id, new.duration, new.billed_seconds, new.billed_amount)
          ON CONFLICT DO UPDATE SET duration = duration + excluded.duration,
            billed_seconds = billed_seconds + excluded.billed_seconds,
            billed_amount = billed_amount + excluded.billed_amount;
      END;`,
  },
];

export interface NewCall {
  campaignId: number;
  batchId?: number;
  contactId?: number;
  fromNumber?: string;
  toNumber: string;
  state: ActionState;
  finalCallResult?: CallResult;
  timeZone: string;
  labels?: string[];
  attributes?: Record<string, string>;
  script?: CallScript;
  /** A call into one of the account's numbers (from `fromNumber` to `toNumber`). */
  inbound?: boolean;
}

const jsonOrNull = (value: object | undefined) => (value === undefined ? null : JSON.stringify(value));

/** Inserts calls (one per recipient) and returns their ids, in order. */
export function insertCalls(db: Db, calls: NewCall[], now: number): number[] {
  const insert = db.prepare(
    `INSERT INTO calls (campaign_id, batch_id, contact_id, from_number, to_number, state, final_result, time_zone,
       labels, attributes, script, inbound, created, modified)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() =>
    calls.map((call) =>
      Number(
        insert.run(
          call.campaignId,
          call.batchId ?? null,
          call.contactId ?? null,
          call.fromNumber ?? null,
          call.toNumber,
          call.state,
          call.finalCallResult ?? null,
          call.timeZone,
          jsonOrNull(call.labels?.length ? call.labels : undefined),
          jsonOrNull(call.attributes),
          jsonOrNull(call.script),
          call.inbound ? 1 : 0,
          now,
          now,
        ).lastInsertRowid,
      ),
    ),
  )();
}

/** Starts an attempt: the call rings (SELECTED) from `now` until `until`. */
export function beginAttempt(db: Db, callId: number, now: number, until: number) {
  db.prepare(
    `UPDATE calls SET state = 'SELECTED', attempts = attempts + 1, attempt_started = ?, active_until = ?, modified = ?
     WHERE id = ?`,
  ).run(now, until, now, callId);
}

export interface FinishedAttempt {
  callerName?: string;
  originateTime: number;
  answerTime?: number;
  finishTime: number;
  /** Seconds connected. */
  duration: number;
  billedSeconds: number;
  billedAmount: number;
  result: CallResult;
}

/**
 * Records a finished attempt and moves the call on: READY again for a retry at `retryAt`, or
 * FINISHED with the attempt's result. Returns the attempt's id, for recordings made on it.
 */
export function finishAttempt(
  db: Db,
  callId: number,
  attempt: FinishedAttempt,
  { retryAt, now }: { retryAt?: number; now: number },
): number {
  const attemptId = Number(
    db
      .prepare(
        `INSERT INTO call_attempts (call_id, campaign_id, caller_name, originate_time, answer_time, finish_time,
           duration, billed_seconds, billed_amount, result)
         VALUES (?, (SELECT campaign_id FROM calls WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        callId,
        callId,
        attempt.callerName ?? null,
        attempt.originateTime,
        attempt.answerTime ?? null,
        attempt.finishTime,
        attempt.duration,
        attempt.billedSeconds,
        attempt.billedAmount,
        attempt.result,
      ).lastInsertRowid,
  );
  db.prepare(
    `UPDATE calls SET state = ?, final_result = ?, next_attempt_at = COALESCE(?, next_attempt_at),
       attempt_started = NULL, active_until = NULL, modified = ?
     WHERE id = ?`,
  ).run(retryAt === undefined ? 'FINISHED' : 'READY', attempt.result, retryAt ?? null, now, callId);
  return attemptId;
}

export function addCallNote(db: Db, callId: number, text: string, now: number) {
  db.prepare('INSERT INTO call_notes (call_id, created, text) VALUES (?, ?, ?)').run(callId, now, text);
}

/** Ends a call without dialling it: its number is on the do-not-call list. */
export function markDnc(db: Db, callId: number, now: number) {
  db.prepare(`UPDATE calls SET state = 'DNC', final_result = 'DNC', modified = ? WHERE id = ?`).run(now, callId);
}

/** Ends a call sent with sendCalls without dialling it, saying why in a note. */
export function markUndialled(db: Db, callId: number, reason: string, now: number) {
  db.transaction(() => {
    db.prepare(`UPDATE calls SET state = 'FINISHED', final_result = 'UNDIALED', modified = ? WHERE id = ?`).run(
      now,
      callId,
    );
    addCallNote(db, callId, reason, now);
  })();
}

/** The campaign engine's queries and operations on calls. */
export const callActions: ActionStore = {
  ...actionQueries('calls'),
  markDnc: (db, id, now) => {
    markDnc(db, id, now);
    addCallNote(db, id, 'Not dialled: the number was on the do-not-call list when its turn came', now);
  },
  markOutOfCredits: (db, id, now) =>
    markUndialled(db, id, 'Not dialled: the account had no credits left when the call was due', now),
};
