import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareUploadedAudio, writeMp3AsWavFile } from './convert';
import { AudioFormatError } from './errors';
import { Mp3FrameWalker } from '../../shared/mp3Frames';
import { loopMp3, parseMp3 } from './mp3';
import { synthesizeSpeech } from './speech';
import { encodeWav, parseWav } from './wav';

// Encoding and decoding audio is CPU work; on a busy shared machine it can outlast the 5 s default.
const AUDIO_WORK = { timeout: 30_000 };

const rms = (samples: Float32Array) =>
  Math.sqrt(samples.reduce((sum, value) => sum + value * value, 0) / samples.length);

/** A second of a 440 Hz tone as 16-bit stereo WAV at 22.05 kHz. */
function toneWav() {
  const rate = 22050;
  const tone = Float32Array.from({ length: rate }, (_, index) => 0.5 * Math.sin((2 * Math.PI * 440 * index) / rate));
  return encodeWav([tone, tone], rate);
}

/** An MP3 decoded the way `.wav` downloads are made: through a WAV file. */
async function decodedWav(mp3: Buffer) {
  const folder = mkdtempSync(join(tmpdir(), 'wav-test-'));
  try {
    await writeMp3AsWavFile(mp3, join(folder, 'out.wav'));
    return parseWav(readFileSync(join(folder, 'out.wav')));
  } finally {
    rmSync(folder, { recursive: true });
  }
}

describe('synthesizeSpeech', AUDIO_WORK, () => {
  it('makes a real MP3 whose length grows with the text', async () => {
    const short = synthesizeSpeech('Hello there.', 'MALE1');
    const long = synthesizeSpeech('Hello there. This message is a good deal longer than the first one.', 'MALE1');
    expect(parseMp3(short.mp3).frames).toBeGreaterThan(10);
    expect(long.seconds).toBeGreaterThan(short.seconds * 2);
    expect(parseMp3(long.mp3).seconds).toBeCloseTo(long.seconds, 0);
    const decoded = await decodedWav(long.mp3);
    expect(decoded.sampleRate).toBe(16000);
    expect(rms(Float32Array.from(decoded.channels[0]!, (sample) => sample / 32768))).toBeGreaterThan(0.05);
  });

  it('is deterministic per text and voice, and voices differ', () => {
    const text = 'Press one to confirm.';
    expect(synthesizeSpeech(text, 'FEMALE1').mp3.equals(synthesizeSpeech(text, 'FEMALE1').mp3)).toBe(true);
    expect(synthesizeSpeech(text, 'FEMALE1').mp3.equals(synthesizeSpeech(text, 'MALE1').mp3)).toBe(false);
  });
});

describe('uploaded audio', AUDIO_WORK, () => {
  it('keeps an MP3 byte for byte and measures it', async () => {
    const { mp3 } = synthesizeSpeech('An uploaded message.', 'FEMALE2');
    const prepared = await prepareUploadedAudio(mp3);
    expect(prepared.mp3).toBe(mp3);
    expect(prepared.wav).toBeUndefined();
    expect(prepared.seconds).toBeCloseTo(parseMp3(mp3).seconds, 5);
  });

  it('keeps a WAV and encodes it to an MP3 of the same length', async () => {
    const wav = toneWav();
    const prepared = await prepareUploadedAudio(wav);
    expect(prepared.wav).toBe(wav);
    expect(prepared.seconds).toBeCloseTo(1, 5);
    const mp3 = parseMp3(prepared.mp3);
    expect(mp3.channels).toBe(2);
    expect(mp3.seconds).toBeGreaterThanOrEqual(1);
    expect(mp3.seconds).toBeLessThan(1.2);
  });

  it('converts an MP3 to a valid 16-bit WAV file of the same length, slice by slice', async () => {
    const { mp3: short, seconds: shortSeconds } = synthesizeSpeech('Convert me to a wave file.', 'SPANISH1');
    // Long enough to be decoded in several slices.
    const mp3 = loopMp3(short, 200);
    const seconds = parseMp3(mp3).seconds;
    expect(seconds).toBeGreaterThan(shortSeconds * 10);
    const wav = await decodedWav(mp3);
    expect(wav.sampleRate).toBe(16000);
    expect(wav.channels).toHaveLength(1);
    expect(wav.channels[0]!.length / wav.sampleRate).toBeCloseTo(seconds, 0);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'The file is empty'],
    ['a text file', Buffer.from('name,number\nAda,12135551100\n'), 'not an MP3 or WAV'],
    [
      'an MP3 damaged after its first frame',
      Buffer.concat([synthesizeSpeech('Hi.', 'MALE1').mp3.subarray(0, 300), Buffer.alloc(500, 7)]),
      'damaged at byte',
    ],
    [
      'an ID3 tag with no audio',
      Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00'), Buffer.from('garbage')]),
      'no MPEG audio frame',
    ],
    ['a WAV without samples', encodeWav([new Float32Array(0)], 8000), 'no audio data'],
  ])('rejects %s', async (_name, bytes, message) => {
    await expect(prepareUploadedAudio(bytes)).rejects.toThrow(AudioFormatError);
    await expect(prepareUploadedAudio(bytes)).rejects.toThrow(message);
  });
});

describe('loopMp3', AUDIO_WORK, () => {
  it('repeats frames into a longer valid MP3', () => {
    const { mp3 } = synthesizeSpeech('Loop me.', 'MALE1');
    const long = parseMp3(loopMp3(mp3, 60));
    expect(long.seconds).toBeGreaterThanOrEqual(60);
    expect(long.seconds).toBeLessThan(61);
  });
});

describe('Mp3FrameWalker', AUDIO_WORK, () => {
  it('reads the same frames from bytes given a chunk at a time as from the whole file', () => {
    const tag = Buffer.from('TAG'.padEnd(128, ' '));
    const mp3 = Buffer.concat([loopMp3(synthesizeSpeech('Chunk me.', 'MALE1').mp3, 5), tag]);
    const walker = new Mp3FrameWalker();
    for (let end = 1000; end < mp3.length; end += 777) walker.walk(mp3.subarray(0, end), false);
    walker.walk(mp3, true);
    expect(walker.info()).toEqual(parseMp3(mp3));
  });

  it('waits for a frame cut by the end of a chunk, and rejects damage without waiting for the end', () => {
    const mp3 = synthesizeSpeech('Hi.', 'MALE1').mp3;
    const whole = parseMp3(mp3);
    const [, secondEnd] = whole.frameOffsets[1]!;
    const walker = new Mp3FrameWalker();
    walker.walk(mp3.subarray(0, secondEnd - 1), false);
    expect(walker.info().frames).toBe(1);
    const damaged = Buffer.concat([mp3.subarray(0, secondEnd), Buffer.alloc(500, 7)]);
    expect(() => walker.walk(damaged, false)).toThrow('damaged at byte');
  });
});
