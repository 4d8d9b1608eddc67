import type { components } from '../../src/api/schema';
import { actionQueries, actionWhere, type ActionFilters, type ActionStore } from './actions';
import type { Db, Migration } from './database';
import { sqlPage, type Page, type PageRequest } from '../http/paging';

export type Call = components['schemas']['Call'];
export type CallRecord = components['schemas']['CallRecord'];
export type CallRecording = components['schemas']['CallRecording'];
export type CallBroadcastStats = components['schemas']['CallBroadcastStats'];
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
        -- the Call as CallFire returns it; contact history reads it as is
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
}

/** Inserts calls (one per recipient) and returns them as CallFire shows them. */
export function insertCalls(db: Db, calls: NewCall[], now: number): Call[] {
  const insert = db.prepare(
    `INSERT INTO calls (campaign_id, batch_id, contact_id, from_number, to_number, state, final_result, time_zone,
       script, created, modified, payload)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')`,
  );
  const setPayload = db.prepare('UPDATE calls SET payload = ? WHERE id = ?');
  const created: Call[] = [];
  db.transaction(() => {
    for (const call of calls) {
      const id = Number(
        insert.run(
          call.campaignId,
          call.batchId ?? null,
          call.contactId ?? null,
          call.fromNumber ?? null,
          call.toNumber,
          call.state,
          call.finalCallResult ?? null,
          call.timeZone,
          call.script ? JSON.stringify(call.script) : null,
          now,
          now,
        ).lastInsertRowid,
      );
      const payload: Call = {
        id,
        fromNumber: call.fromNumber,
        toNumber: call.toNumber,
        state: call.state,
        campaignId: call.campaignId,
        batchId: call.batchId,
        contact: call.contactId ? { id: call.contactId, homePhone: call.toNumber } : undefined,
        inbound: false,
        created: now,
        modified: now,
        labels: call.labels?.length ? call.labels : undefined,
        attributes: call.attributes,
        finalCallResult: call.finalCallResult,
        agentCall: false,
        records: [],
      };
      setPayload.run(JSON.stringify(payload), id);
      created.push(payload);
    }
  })();
  return created;
}

/** Ends a call without dialling it, with a final result saying why. */
function endUndialled(db: Db, id: number, state: ActionState, result: CallResult, now: number) {
  db.prepare(
    `UPDATE calls SET state = ?, final_result = ?, modified = ?,
       payload = json_set(payload, '$.state', ?, '$.finalCallResult', ?, '$.modified', ?) WHERE id = ?`,
  ).run(state, result, now, state, result, now, id);
}

/** The campaign engine's queries on calls. */
export const callActions: ActionStore = {
  ...actionQueries('calls'),
  markDnc: (db, id, now) => endUndialled(db, id, 'DNC', 'DNC', now),
  markOutOfCredits: (db, id, now) => endUndialled(db, id, 'FINISHED', 'UNDIALED', now),
};

export const readCall = (db: Db, id: number): Call | undefined => {
  const payload = db.prepare('SELECT payload FROM calls WHERE id = ?').pluck().get(id) as string | undefined;
  return payload ? (JSON.parse(payload) as Call) : undefined;
};

const toCall = (row: { payload: string }) => JSON.parse(row.payload) as Call;

export type CallFilters = ActionFilters;

/** Finds calls, newest first; a broadcast's own list (`oldestFirst`) keeps the order recipients were added in. */
export function findCalls(
  db: Db,
  filters: CallFilters,
  request: PageRequest,
  { oldestFirst = false } = {},
): Page<Call> {
  const { where, params } = actionWhere(filters, "payload, '$.labels'");
  const sql = `SELECT payload FROM calls ${where} ORDER BY id ${oldestFirst ? 'ASC' : 'DESC'}`;
  return sqlPage(db, sql, params, request, toCall);
}

/** Statistics of a broadcast, counted from its calls (optionally those changed within begin..end). */
export function callStats(db: Db, campaignId: number, begin?: number, end?: number): CallBroadcastStats {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS total,
              COALESCE(SUM(state IN ('READY', 'SELECTED')), 0) AS remaining,
              COALESCE(SUM(state = 'READY' AND attempts > 0), 0) AS awaitingRedial,
              COALESCE(SUM(attempts), 0) AS attempted,
              COALESCE(SUM(attempts > 0), 0) AS placed,
              COALESCE(SUM(state = 'FINISHED' AND final_result = 'LA'), 0) AS live,
              COALESCE(SUM(state = 'FINISHED' AND final_result = 'AM'), 0) AS machine,
              COALESCE(SUM(state = 'FINISHED' AND final_result = 'BUSY'), 0) AS busy,
              COALESCE(SUM(state = 'FINISHED' AND final_result = 'NO_ANS'), 0) AS noAnswer,
              COALESCE(SUM(state = 'FINISHED' AND final_result IN ('XFER', 'XFER_LEG')), 0) AS transfer,
              COALESCE(SUM(state = 'FINISHED' AND final_result IN ('INTERNAL_ERROR', 'CARRIER_ERROR', 'CARRIER_TEMP_ERROR')), 0) AS errors,
              COALESCE(SUM(state = 'DNC'), 0) AS dnc,
              COALESCE(SUM(duration), 0) AS duration,
              COALESCE(SUM(billed_seconds), 0) AS billedSeconds,
              COALESCE(SUM(billed), 0) AS billed
       FROM calls WHERE campaign_id = ? AND modified >= ? AND modified <= ?`,
    )
    .get(campaignId, begin ?? 0, end ?? Number.MAX_SAFE_INTEGER) as Record<string, number>;
  const counted =
    row.remaining + row.live + row.machine + row.busy + row.noAnswer + row.transfer + row.errors + row.dnc;
  return {
    totalOutboundCount: row.total,
    totalCount: row.total,
    remainingOutboundCount: row.remaining,
    callsRemaining: row.remaining,
    callsAwaitingRedial: row.awaitingRedial,
    callsAttempted: row.attempted,
    callsPlaced: row.placed,
    dialedCount: row.placed,
    callsLiveAnswer: row.live,
    liveCount: row.live,
    answeringMachineCount: row.machine,
    busyCount: row.busy,
    noAnswerCount: row.noAnswer,
    transferCount: row.transfer,
    errorCount: row.errors,
    doNotCallCount: row.dnc,
    miscCount: row.total - counted,
    callsDuration: row.duration,
    billedDuration: row.billedSeconds,
    billedAmount: Math.round(row.billed * 10000) / 10000,
    responseRatePercent: row.placed ? Math.round((100 * row.live) / row.placed) : 0,
  };
}

// --- recordings ---

interface RecordingRow {
  id: number;
  call_id: number;
  campaign_id: number;
  name: string;
  created: number;
  length_in_seconds: number;
  hash: string;
  state: NonNullable<CallRecording['state']>;
  length_in_bytes: number;
}

const recordingColumns = `id, call_id, campaign_id, name, created, length_in_seconds, hash, state,
                          length(mp3) AS length_in_bytes`;

/** `baseUrl` is the sandbox's own /v2 address, so mp3Url can be fetched as it is. */
function toRecording(row: RecordingRow, baseUrl: string): CallRecording {
  return {
    id: row.id,
    callId: row.call_id,
    campaignId: row.campaign_id,
    name: row.name,
    created: row.created,
    lengthInBytes: row.length_in_bytes,
    lengthInSeconds: row.length_in_seconds,
    hash: row.hash,
    state: row.state,
    mp3Url: `${baseUrl}/calls/recordings/${row.id}.mp3`,
  };
}

export function insertRecording(
  db: Db,
  recording: { callId: number; campaignId: number; name: string; seconds: number; hash: string; mp3: Buffer },
  now: number,
  baseUrl: string,
): CallRecording {
  const id = Number(
    db
      .prepare(
        `INSERT INTO call_recordings (call_id, campaign_id, name, created, length_in_seconds, hash, state, mp3)
         VALUES (?, ?, ?, ?, ?, ?, 'READY', ?)`,
      )
      .run(
        recording.callId,
        recording.campaignId,
        recording.name,
        now,
        recording.seconds,
        recording.hash,
        recording.mp3,
      ).lastInsertRowid,
  );
  return readRecording(db, id, baseUrl)!;
}

export function recordingsOfCall(db: Db, callId: number, baseUrl: string): CallRecording[] {
  return (
    db
      .prepare(`SELECT ${recordingColumns} FROM call_recordings WHERE call_id = ? ORDER BY id`)
      .all(callId) as RecordingRow[]
  ).map((row) => toRecording(row, baseUrl));
}

export function readRecording(db: Db, id: number, baseUrl: string): CallRecording | undefined {
  const row = db.prepare(`SELECT ${recordingColumns} FROM call_recordings WHERE id = ?`).get(id) as
    RecordingRow | undefined;
  return row && toRecording(row, baseUrl);
}

export function readRecordingByName(db: Db, callId: number, name: string, baseUrl: string): CallRecording | undefined {
  const row = db
    .prepare(`SELECT ${recordingColumns} FROM call_recordings WHERE call_id = ? AND name = ?`)
    .get(callId, name) as RecordingRow | undefined;
  return row && toRecording(row, baseUrl);
}

export function recordingAudio(db: Db, where: { id: number } | { callId: number; name: string }): Buffer | undefined {
  return (
    'id' in where
      ? db.prepare('SELECT mp3 FROM call_recordings WHERE id = ?').pluck().get(where.id)
      : db
          .prepare('SELECT mp3 FROM call_recordings WHERE call_id = ? AND name = ?')
          .pluck()
          .get(where.callId, where.name)
  ) as Buffer | undefined;
}
