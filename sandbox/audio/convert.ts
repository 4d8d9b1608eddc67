import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { MPEGDecoder } from 'mpg123-decoder';
import { AudioFormatError } from './errors';
import { encodeMp3, looksLikeMp3, parseMp3, type Mp3Info } from './mp3';
import { interleave16, looksLikeWav, parseWav, wavHeader } from './wav';

/** An uploaded sound made ready for the library: its MP3, its original WAV if it came as one, and its length. */
export interface PreparedAudio {
  mp3: Buffer;
  wav?: Buffer;
  seconds: number;
}

// MP3 frames decoded per step: 18 s of 16 kHz speech, 13 s of 44.1 kHz stereo (5 MB of samples). The
// decoder's memory grows to the largest step and stays so until the conversion ends.
const FRAMES_PER_STEP = 500;

/** Bitrate for MP3s made from WAVs: speech-grade, higher for stereo and wide-band audio. */
function bitrateFor(sampleRate: number, channels: number): number {
  const base = sampleRate >= 32000 ? 64 : 32;
  return base * channels;
}

/** Decodes the first frames of an MP3: well-formed frame headers are not enough, the audio must play. */
async function checkMp3Decodes(mp3: Uint8Array, frameOffsets: Mp3Info['frameOffsets']) {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    const slice = frameOffsets.slice(0, FRAMES_PER_STEP);
    const decoded = decoder.decode(mp3.subarray(slice[0]![0], slice.at(-1)![1]));
    if (decoded.samplesDecoded === 0) throw new AudioFormatError('The file is not a valid MP3: it holds no audio');
  } finally {
    decoder.free();
  }
}

/**
 * Checks an uploaded file and turns it into library audio: an MP3 is kept byte for byte, a WAV
 * is kept and also encoded to MP3. Anything else is an AudioFormatError saying why.
 */
export async function prepareUploadedAudio(bytes: Buffer): Promise<PreparedAudio> {
  if (bytes.length === 0) throw new AudioFormatError('The file is empty');
  if (looksLikeWav(bytes)) {
    const pcm = parseWav(bytes);
    const mp3 = encodeMp3(pcm.channels, pcm.sampleRate, bitrateFor(pcm.sampleRate, pcm.channels.length));
    return { mp3, wav: bytes, seconds: pcm.channels[0]!.length / pcm.sampleRate };
  }
  if (looksLikeMp3(bytes)) {
    const info = parseMp3(bytes);
    await checkMp3Decodes(bytes, info.frameOffsets);
    return { mp3: bytes, seconds: info.seconds };
  }
  throw new AudioFormatError('The file is not an MP3 or WAV audio file');
}

/**
 * Writes the WAV form of an MP3 (its own sample rate and channels) to `path`, decoding a slice of
 * frames at a time so memory stays small whatever the length. The file appears whole or not at all.
 */
export async function writeMp3AsWavFile(mp3: Uint8Array, path: string): Promise<void> {
  const info = parseMp3(mp3);
  const decoder = new MPEGDecoder();
  await decoder.ready;
  const partial = `${path}.${process.pid}.${threadId}.part`;
  const file = openSync(partial, 'w');
  try {
    writeSync(file, wavHeader(info.channels, info.sampleRate, 0));
    let frames = 0;
    for (let first = 0; first < info.frameOffsets.length; first += FRAMES_PER_STEP) {
      const slice = info.frameOffsets.slice(first, first + FRAMES_PER_STEP);
      const decoded = decoder.decode(mp3.subarray(slice[0]![0], slice.at(-1)![1]));
      writeSync(file, interleave16(decoded.channelData.slice(0, info.channels)));
      frames += decoded.samplesDecoded;
    }
    if (frames === 0) throw new AudioFormatError('The file is not a valid MP3: it holds no audio');
    writeSync(file, wavHeader(info.channels, info.sampleRate, frames), 0, 44, 0);
  } catch (error) {
    closeSync(file);
    rmSync(partial, { force: true });
    throw error;
  } finally {
    decoder.free();
  }
  closeSync(file);
  renameSync(partial, path);
}
