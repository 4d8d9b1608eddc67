import { createHash } from 'node:crypto';

/**
 * The hash that decides whether two sounds hold the same audio: of the bytes as uploaded (the WAV when
 * there is one, else the MP3). Worker threads compute it beside the audio they prepare, so hashing a
 * 20 MB upload never holds up the event loop.
 */
export function audioHashOf(audio: { mp3?: Uint8Array; wav?: Uint8Array }): string | null {
  const original = audio.wav ?? audio.mp3;
  return original ? createHash('sha256').update(original).digest('hex') : null;
}
