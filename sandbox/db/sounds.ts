import type { components } from '../../shared/schema';
import { audioHashOf } from '../audio/audioHash';
import type { Db, Migration } from './database';
import { badRequest } from '../http/errors';

export type CampaignSound = components['schemas']['CampaignSound'];
export type SoundStatus = NonNullable<CampaignSound['status']>;

export const soundMigrations: Migration[] = [
  {
    name: 'sounds-001-create',
    sql: `
      CREATE TABLE sounds (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        created INTEGER NOT NULL,
        seconds REAL,
        mp3 BLOB,
        -- the uploaded WAV, kept to serve it back unchanged; other sounds convert from mp3 on request
        wav BLOB,
        audio_hash TEXT,
        -- record-by-phone: the number called and when the recording is done
        record_to_number TEXT,
        ready_at INTEGER
      );
      CREATE INDEX sounds_audio_hash ON sounds (audio_hash);
      CREATE INDEX sounds_status ON sounds (status, ready_at);`,
  },
];

export interface NewSound {
  name: string;
  status: SoundStatus;
  created: number;
  /** The audio as MP3; absent for a sound still being recorded. */
  mp3?: Buffer;
  /** The original WAV when the sound was uploaded as one. */
  wav?: Buffer;
  /** Length of the audio, from the audio itself. */
  seconds?: number;
  /** `audioHashOf` the audio, when a worker thread already computed it. */
  hash?: string | null;
}

/**
 * A stored sound as the sandbox's areas read it: without its audio, which can be tens of MB and is
 * read only by the downloads that send it (`soundAudio`).
 */
export interface SoundRow {
  id: number;
  name: string;
  status: SoundStatus;
  created: number;
  seconds: number | null;
  /** Size of the MP3, and of the uploaded WAV kept beside it; 0 when there is none. */
  mp3Bytes: number;
  wavBytes: number;
  /** Identifies the audio (of the bytes as uploaded); null while there is none. */
  audioHash: string | null;
  recordToNumber: string | null;
  readyAt: number | null;
}

// length() of a blob comes from the row's header: SQLite does not read the audio itself for it.
const SELECT = `SELECT id, name, status, created, seconds, ifnull(length(mp3), 0) AS mp3Bytes,
  ifnull(length(wav), 0) AS wavBytes, audio_hash AS audioHash, record_to_number AS recordToNumber, ready_at AS readyAt
  FROM sounds`;

/**
 * Stores a sound. When the library already holds a live sound (not archived or scrubbed) with the
 * same audio, CallFire keeps one copy: that sound's id comes back with `duplicate: true`.
 */
export function saveSound(db: Db, sound: NewSound): { id: number; duplicate: boolean } {
  const hash = sound.hash !== undefined ? sound.hash : audioHashOf(sound);
  if (hash) {
    const existing = db
      .prepare("SELECT id FROM sounds WHERE audio_hash = ? AND status NOT IN ('ARCHIVED', 'SCRUBBED') ORDER BY id")
      .pluck()
      .get(hash) as number | undefined;
    if (existing !== undefined) return { id: existing, duplicate: true };
  }
  const result = db
    .prepare(
      `INSERT INTO sounds (name, status, created, seconds, mp3, wav, audio_hash)
       VALUES (@name, @status, @created, @seconds, @mp3, @wav, @hash)`,
    )
    .run({
      name: sound.name,
      status: sound.status,
      created: sound.created,
      seconds: sound.seconds ?? null,
      mp3: sound.mp3 ?? null,
      wav: sound.wav ?? null,
      hash,
    });
  return { id: Number(result.lastInsertRowid), duplicate: false };
}

/** Stores a sound and returns its id (an existing sound's id when the same audio is already there). */
export function insertSound(db: Db, sound: NewSound): number {
  return saveSound(db, sound).id;
}

/** A sound whose audio will come from a phone call: RECORDING until `readyAt`. */
export function insertRecordingSound(
  db: Db,
  recording: { name: string; toNumber: string; created: number; readyAt: number },
): number {
  const result = db
    .prepare(
      `INSERT INTO sounds (name, status, created, record_to_number, ready_at)
       VALUES (?, 'RECORDING', ?, ?, ?)`,
    )
    .run(recording.name, recording.created, recording.toNumber, recording.readyAt);
  return Number(result.lastInsertRowid);
}

export function getSoundRow(db: Db, id: number): SoundRow | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as SoundRow | undefined;
}

/** A sound's MP3, or the WAV it was uploaded as; null when it has none. */
export function soundAudio(db: Db, id: number, format: 'mp3' | 'wav'): Buffer | null {
  return (db.prepare(`SELECT ${format} FROM sounds WHERE id = ?`).pluck().get(id) as Buffer | null | undefined) ?? null;
}

/** Recordings whose call has ended by `now`. */
export function dueRecordings(db: Db, now: number): SoundRow[] {
  return db.prepare(`${SELECT} WHERE status = 'RECORDING' AND ready_at <= ?`).all(now) as SoundRow[];
}

/** A library sound a call can play: it exists and is ready (ACTIVE, or one of CallFire's own). */
export function requirePlayableSound(db: Db, id: number, field: string): void {
  const sound = getSoundRow(db, id);
  if (!sound) throw badRequest(`${field}: sound ${id} not found`);
  if (sound.status !== 'ACTIVE' && sound.status !== 'ACTIVE_SYSTEM')
    throw badRequest(`${field}: sound ${id} is ${sound.status}; only ACTIVE sounds can be played`);
}

/** When the earliest recording call in progress ends, if any is. */
export function nextRecordingReadyAt(db: Db): number | undefined {
  return (
    (db.prepare("SELECT MIN(ready_at) FROM sounds WHERE status = 'RECORDING'").pluck().get() as number | null) ??
    undefined
  );
}

/** Gives a recorded sound its audio and makes it ACTIVE. */
export function completeRecording(db: Db, id: number, audio: { mp3: Buffer; seconds: number }) {
  db.prepare(
    "UPDATE sounds SET status = 'ACTIVE', mp3 = ?, seconds = ?, audio_hash = ?, ready_at = NULL WHERE id = ?",
  ).run(audio.mp3, audio.seconds, audioHashOf(audio), id);
}

export function archiveSound(db: Db, id: number) {
  db.prepare("UPDATE sounds SET status = 'ARCHIVED' WHERE id = ?").run(id);
}

/** What CallFire shows of a sound: whole seconds, at least 1 for any audio. */
export function toCampaignSound(row: SoundRow): CampaignSound {
  return {
    id: row.id,
    name: row.name,
    created: row.created,
    status: row.status,
    lengthInSeconds: row.seconds === null ? undefined : Math.max(1, Math.round(row.seconds)),
  };
}

export interface SoundFilter {
  /** Part of the name, case-insensitive. */
  filter?: string;
  includeArchived?: boolean;
  includePending?: boolean;
  includeScrubbed?: boolean;
}

/** The WHERE clause and parameters of a sound search; newest first. */
export function soundSearch({ filter, includeArchived, includePending, includeScrubbed }: SoundFilter) {
  const statuses = ['ACTIVE', 'ACTIVE_SYSTEM', 'FAILED'];
  if (includeArchived) statuses.push('ARCHIVED');
  if (includePending) statuses.push('UPLOAD', 'RECORDING');
  if (includeScrubbed) statuses.push('SCRUBBED');
  const params: unknown[] = [...statuses];
  let sql = `${SELECT} WHERE status IN (${statuses.map(() => '?').join(', ')})`;
  if (filter) {
    sql += " AND name LIKE ? ESCAPE '\\'";
    params.push(`%${filter.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
  }
  return { sql: `${sql} ORDER BY created DESC, id DESC`, params };
}
