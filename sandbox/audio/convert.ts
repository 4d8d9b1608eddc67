import { AudioFormatError } from './errors';
import { decodeMp3, encodeMp3, looksLikeMp3, parseMp3 } from './mp3';
import { encodeWav, looksLikeWav, parseWav } from './wav';

/** An uploaded sound made ready for the library: its MP3, its original WAV if it came as one, and its length. */
export interface PreparedAudio {
  mp3: Buffer;
  wav?: Buffer;
  seconds: number;
}

/** Bitrate for MP3s made from WAVs: speech-grade, higher for stereo and wide-band audio. */
function bitrateFor(sampleRate: number, channels: number): number {
  const base = sampleRate >= 32000 ? 64 : 32;
  return base * channels;
}

/**
 * Checks an uploaded file and turns it into library audio: an MP3 is kept byte for byte, a WAV
 * is kept and also encoded to MP3. Anything else is an AudioFormatError saying why.
 */
export function prepareUploadedAudio(bytes: Buffer): PreparedAudio {
  if (bytes.length === 0) throw new AudioFormatError('The file is empty');
  if (looksLikeWav(bytes)) {
    const pcm = parseWav(bytes);
    const mp3 = encodeMp3(pcm.channels, pcm.sampleRate, bitrateFor(pcm.sampleRate, pcm.channels.length));
    return { mp3, wav: bytes, seconds: pcm.channels[0]!.length / pcm.sampleRate };
  }
  if (looksLikeMp3(bytes)) return { mp3: bytes, seconds: parseMp3(bytes).seconds };
  throw new AudioFormatError('The file is not an MP3 or WAV audio file');
}

/** The WAV form of an MP3, decoded at the MP3's own sample rate and channel count. */
export async function mp3ToWav(mp3: Buffer): Promise<Buffer> {
  const { channels, sampleRate } = await decodeMp3(mp3);
  return encodeWav(channels, sampleRate);
}
