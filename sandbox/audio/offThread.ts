import { asBuffer } from '../workers/asBuffer';
import { offThread } from '../workers/pool';
import type { PreparedAudio } from './convert';
import type { Voice } from './speech';

/** `synthesizeSpeech` on a worker thread: a long message does not hold up other requests. */
export async function synthesizeSpeechOffThread(
  text: string,
  voice: Voice,
): Promise<{ mp3: Buffer; seconds: number; hash: string | null }> {
  const { mp3, seconds, hash } = await offThread('speech', { text, voice });
  return { mp3: asBuffer(mp3), seconds, hash };
}

/** `prepareUploadedAudio` on a worker thread (encoding a long WAV to MP3 takes seconds), hashed there too. */
export async function prepareUploadedAudioOffThread(bytes: Buffer): Promise<PreparedAudio & { hash: string | null }> {
  const { mp3, wav, seconds, hash } = await offThread('uploadedAudio', { bytes });
  return { mp3: asBuffer(mp3), wav: wav && asBuffer(wav), seconds, hash };
}
