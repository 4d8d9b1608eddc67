import { asBuffer } from '../workers/asBuffer';
import { offThread } from '../workers/pool';
import type { Db } from '../db/database';
import { saveSound, type NewSound } from '../db/sounds';
import type { PreparedAudio } from './convert';
import type { Voice } from './speech';

type Speech = { mp3: Buffer; seconds: number; hash: string | null };

/**
 * Speech recently made, by voice and text. The same text and voice always give the same bytes, and
 * broadcasts re-saved (or made again and again by tests) repeat their messages: synthesis takes seconds
 * of CPU on a busy machine, a lookup nothing. Short messages only, and a few, to bound the memory.
 */
const recentSpeech = new Map<string, Promise<Speech>>();
const REMEMBERED_SPEECHES = 32;
const REMEMBERED_TEXT_LENGTH = 1000;

/** `synthesizeSpeech` on a worker thread: a long message does not hold up other requests. */
export function synthesizeSpeechOffThread(text: string, voice: Voice): Promise<Speech> {
  if (text.length > REMEMBERED_TEXT_LENGTH) return synthesizeOnWorker(text, voice);
  const key = `${voice}
${text}`;
  let speech = recentSpeech.get(key);
  if (!speech) {
    speech = synthesizeOnWorker(text, voice);
    // A failure is not remembered: the next request tries again.
    speech.catch(() => recentSpeech.delete(key));
    recentSpeech.set(key, speech);
    if (recentSpeech.size > REMEMBERED_SPEECHES) recentSpeech.delete(recentSpeech.keys().next().value!);
  }
  return speech;
}

async function synthesizeOnWorker(text: string, voice: Voice): Promise<Speech> {
  const { mp3, seconds, hash } = await offThread('speech', { text, voice });
  return { mp3: asBuffer(mp3), seconds, hash };
}

/** `prepareUploadedAudio` on a worker thread (encoding a long WAV to MP3 takes seconds), hashed there too; `bytes` move there. */
export async function prepareUploadedAudioOffThread(bytes: Buffer): Promise<PreparedAudio & { hash: string | null }> {
  const { mp3, wav, seconds, hash } = await offThread('uploadedAudio', { bytes }, [bytes]);
  return { mp3: asBuffer(mp3), wav: wav && asBuffer(wav), seconds, hash };
}

/**
 * Makes and stores an uploaded sound without holding up the event loop: on a worker thread, which
 * writes it to the account's database file itself (see the `uploadedSound` task). Only an in-memory
 * database, which no other thread can open (tests), is written from here. `bytes` move to the worker.
 */
export async function saveUploadedSoundOffThread(
  db: Db,
  dbPath: string,
  bytes: Buffer,
  sound: Pick<NewSound, 'name' | 'status' | 'created'>,
): Promise<{ id: number; duplicate: boolean }> {
  if (dbPath === ':memory:') return saveSound(db, { ...sound, ...(await prepareUploadedAudioOffThread(bytes)) });
  return offThread('uploadedSound', { bytes, dbPath, sound }, [bytes]);
}

/** Stores a sound (its audio already made) from a worker thread; an in-memory database from here. */
export async function saveSoundOffThread(
  db: Db,
  dbPath: string,
  sound: NewSound,
): Promise<{ id: number; duplicate: boolean }> {
  if (dbPath === ':memory:') return saveSound(db, sound);
  return offThread('storedSound', { dbPath, sound });
}
