import { synthesizeSpeech, type Voice } from '../../audio/speech';
import type { CallBroadcast } from '../../db/broadcasts';
import type { Db } from '../../db/database';
import { insertSound, requirePlayableSound } from '../../db/sounds';

type Sounds = NonNullable<CallBroadcast['sounds']>;

const MESSAGES = [
  { name: 'live', purpose: 'live answer' },
  { name: 'machine', purpose: 'answering machine' },
  { name: 'transfer', purpose: 'transfer' },
  { name: 'dnc', purpose: 'do not call' },
] as const;

/** Every sound id a broadcast names must be playable. */
export function checkBroadcastSoundIds(db: Db, sounds: Sounds): void {
  for (const { name } of MESSAGES) {
    const id = sounds[`${name}SoundId`];
    if (id !== undefined && !sounds[`${name}SoundText`]?.trim()) requirePlayableSound(db, id, `sounds.${name}SoundId`);
  }
}

/**
 * Turns each text-to-speech message into a real library sound, as CallFire does, and names it in
 * the message's sound id. Text wins over an id given with it; the same text and voice give the same
 * audio, which the library keeps once, so saving a broadcast again reuses the sound.
 */
export function withSpeechSounds(db: Db, broadcastName: string, sounds: Sounds, now: number): Sounds {
  const result: Sounds = { ...sounds };
  for (const { name, purpose } of MESSAGES) {
    const text = sounds[`${name}SoundText`]?.trim();
    if (!text) continue;
    const voice: Voice = sounds[`${name}SoundTextVoice`] ?? 'FEMALE1';
    const audio = synthesizeSpeech(text, voice);
    result[`${name}SoundId`] = insertSound(db, {
      name: `${broadcastName}: ${purpose}`,
      status: 'ACTIVE',
      created: now,
      mp3: audio.mp3,
      seconds: audio.seconds,
    });
  }
  return result;
}
