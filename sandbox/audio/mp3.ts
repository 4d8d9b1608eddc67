import { Mp3Encoder } from '@breezystack/lamejs';
import { parseMp3 } from '../../shared/mp3Frames';

export { looksLikeMp3, parseMp3, type Mp3Info } from '../../shared/mp3Frames';

/** Encodes 16-bit PCM as a constant-bitrate MP3 (one or two channels). */
export function encodeMp3(channels: Int16Array[], sampleRate: number, kbps: number): Buffer {
  const [left, right] = channels;
  if (!left) throw new Error('encodeMp3 needs at least one channel');
  const encoder = new Mp3Encoder(right ? 2 : 1, sampleRate, kbps);
  const chunks: Uint8Array[] = [];
  // The encoder works in blocks of 1152 samples; feeding many at once keeps the per-call overhead low.
  const block = 1152 * 32;
  for (let start = 0; start < left.length; start += block) {
    chunks.push(encoder.encodeBuffer(left.subarray(start, start + block), right?.subarray(start, start + block)));
  }
  chunks.push(encoder.flush());
  return Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
}

/**
 * Repeats an MP3's frames until it lasts at least `seconds`: a long, valid MP3 without encoding
 * it all (used for long demo sounds and benchmark files).
 */
export function loopMp3(mp3: Uint8Array, seconds: number): Buffer {
  const info = parseMp3(mp3);
  const frames = info.frameOffsets.map(([start, end]) => mp3.subarray(start, end));
  const frameSeconds = info.seconds / info.frames;
  const count = Math.ceil(seconds / frameSeconds);
  return Buffer.concat(Array.from({ length: count }, (_, index) => frames[index % frames.length]!));
}
