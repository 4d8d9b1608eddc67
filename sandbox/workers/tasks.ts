/**
 * The CPU-heavy work the sandbox hands to worker threads, one export per task. Each takes one
 * argument and answers an `Outcome`: errors that are the client's fault (bad audio, a bad CSV)
 * come back as data, since an error's class does not survive the trip between threads.
 */
import { audioHashOf } from '../audio/audioHash';
import { prepareUploadedAudio, writeMp3AsWavFile } from '../audio/convert';
import { AudioFormatError } from '../audio/errors';
import { synthesizeSpeech, type Voice } from '../audio/speech';
import { planCsvImport } from '../areas/contacts/csvImport';
import { openDatabase, type Db } from '../db/database';
import { saveSound, type NewSound } from '../db/sounds';
import { SandboxError } from '../http/errors';
import { asBuffer } from './asBuffer';

export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'audio'; message: string }
  | { ok: false; kind: 'request'; statusCode: number; message: string; developerMessage?: string };

async function outcome<T>(work: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AudioFormatError) return { ok: false, kind: 'audio', message: error.message };
    if (error instanceof SandboxError) {
      const { statusCode, message, developerMessage } = error;
      return { ok: false, kind: 'request', statusCode, message, developerMessage };
    }
    throw error;
  }
}

/** Audio with its `audioHashOf`, computed here rather than on the event loop. */
const withHash = <T extends { mp3: Uint8Array; wav?: Uint8Array }>(audio: T) => ({
  ...audio,
  hash: audioHashOf(audio),
});

export const speech = ({ text, voice }: { text: string; voice: Voice }) =>
  outcome(() => withHash(synthesizeSpeech(text, voice)));

export const uploadedAudio = ({ bytes }: { bytes: Uint8Array }) =>
  outcome(async () => withHash(await prepareUploadedAudio(asBuffer(bytes))));

// One connection per database file and thread, opened on first use: the main thread migrated it already.
const databases = new Map<string, Db>();
function databaseAt(path: string): Db {
  let db = databases.get(path);
  if (!db) {
    db = openDatabase(path);
    // The main thread may be in a write of its own (a campaign step): wait for it rather than fail.
    db.pragma('busy_timeout = 60000');
    databases.set(path, db);
  }
  return db;
}

/** Stores a sound in the account's database file from this thread, as the main thread would. */
function store(dbPath: string, sound: NewSound) {
  const db = databaseAt(dbPath);
  return db.transaction(() => saveSound(db, sound))();
}

/**
 * A sound's audio written from here: a 20 MB WAV and its MP3 take SQLite a second or more to write and
 * sync on a busy disk, which on the main thread would stall every other request. The row is the one
 * source of truth, read from the database like any other.
 */
export const storedSound = ({ dbPath, sound }: { dbPath: string; sound: NewSound }) =>
  outcome(() =>
    store(dbPath, { ...sound, mp3: sound.mp3 && asBuffer(sound.mp3), wav: sound.wav && asBuffer(sound.wav) }),
  );

/** An uploaded sound converted, hashed and stored here: its audio never travels back to the main thread. */
export const uploadedSound = ({
  bytes,
  dbPath,
  sound,
}: {
  bytes: Uint8Array;
  dbPath: string;
  sound: Pick<NewSound, 'name' | 'status' | 'created'>;
}) => outcome(async () => store(dbPath, { ...sound, ...withHash(await prepareUploadedAudio(asBuffer(bytes))) }));

export const wavFile = ({ mp3, path }: { mp3: Uint8Array; path: string }) =>
  outcome(() => writeMp3AsWavFile(mp3, path));

export const csvImportPlan = ({ file, useCustomFields }: { file: Uint8Array; useCustomFields: boolean }) =>
  outcome(() => planCsvImport(asBuffer(file), useCustomFields));
