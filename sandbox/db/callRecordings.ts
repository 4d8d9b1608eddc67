import type { components } from '../../src/api/schema';
import type { Db } from './database';

export type CallRecording = components['schemas']['CallRecording'];

/** Audio recorded on calls (the `call_recordings` table, created with the calls'), one row per `<record>` step. */
export interface RecordingRow {
  id: number;
  call_id: number;
  attempt_id: number | null;
  campaign_id: number;
  name: string;
  created: number;
  length_in_seconds: number;
  hash: string;
  state: NonNullable<CallRecording['state']>;
  length_in_bytes: number;
}

export const recordingColumns = `id, call_id, attempt_id, campaign_id, name, created, length_in_seconds, hash,
                                 state, length(mp3) AS length_in_bytes`;

/** `baseUrl` is the sandbox's own /v2 address, so mp3Url can be fetched as it is. */
export function toRecording(row: RecordingRow, baseUrl: string): CallRecording {
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
  recording: {
    callId: number;
    attemptId: number;
    campaignId: number;
    name: string;
    seconds: number;
    hash: string;
    mp3: Buffer;
  },
  now: number,
  baseUrl: string,
): CallRecording {
  const id = Number(
    db
      .prepare(
        `INSERT INTO call_recordings (call_id, attempt_id, campaign_id, name, created, length_in_seconds, hash,
           state, mp3)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'READY', ?)`,
      )
      .run(
        recording.callId,
        recording.attemptId,
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
