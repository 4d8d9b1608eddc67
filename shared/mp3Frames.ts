/**
 * MP3 frame headers, read in plain TypeScript: the sandbox checks and measures uploads with it,
 * and the waveform player splits long MP3s into pieces it can decode one at a time.
 */

/** Audio that cannot be accepted; the message says why. */
export class AudioFormatError extends Error {}

/** What walking an MP3's frame headers tells about it. */
export interface Mp3Info {
  sampleRate: number;
  channels: 1 | 2;
  frames: number;
  seconds: number;
  /** Byte ranges of the audio frames, in order, without ID3 tags. */
  frameOffsets: Array<[start: number, end: number]>;
}

// Layer III bitrates in kbit/s by bitrate index, for MPEG-1 and for MPEG-2/2.5.
const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
// Sample rates by version bits (0: MPEG-2.5, 2: MPEG-2, 3: MPEG-1) and rate index.
const SAMPLE_RATES: Record<number, number[]> = {
  0: [11025, 12000, 8000],
  2: [22050, 24000, 16000],
  3: [44100, 48000, 32000],
};

interface FrameHeader {
  length: number;
  samples: number;
  sampleRate: number;
  channels: 1 | 2;
}

/** Reads the Layer III frame header at `offset`, or undefined if there is none there. */
function frameHeaderAt(bytes: Uint8Array, offset: number): FrameHeader | undefined {
  if (offset + 4 > bytes.length) return undefined;
  const [b0, b1, b2, b3] = [bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!, bytes[offset + 3]!];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  const version = (b1 >> 3) & 3;
  const layer = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (version === 1 || layer !== 1 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return undefined;
  const mpeg1 = version === 3;
  const bitrate = (mpeg1 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex]! * 1000;
  const sampleRate = SAMPLE_RATES[version]![rateIndex]!;
  const padding = (b2 >> 1) & 1;
  const length = Math.floor(((mpeg1 ? 144 : 72) * bitrate) / sampleRate) + padding;
  return { length, samples: mpeg1 ? 1152 : 576, sampleRate, channels: b3 >> 6 === 3 ? 1 : 2 };
}

/** Size of the ID3v2 tag at the start of the file (0 if none). */
function id3Size(bytes: Uint8Array): number {
  if (bytes.length < 10 || bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0;
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  const footer = bytes[5]! & 0x10 ? 10 : 0;
  return 10 + size + footer;
}

export function looksLikeMp3(bytes: Uint8Array): boolean {
  return id3Size(bytes) > 0 || frameHeaderAt(bytes, 0) !== undefined;
}

/**
 * Walks an MP3's frames as its bytes arrive: `walk` takes everything received so far and reads the
 * frames complete within it; the last call says `final`. The frames must follow each other up to the
 * end of the file (an ID3v1 tag or a cut-off last frame may close it); anything else means the file
 * is damaged, and `walk` throws.
 */
export class Mp3FrameWalker {
  /** Byte ranges of the frames read so far. */
  readonly frameOffsets: Mp3Info['frameOffsets'] = [];
  private first: FrameHeader | undefined;
  private offset: number | undefined;
  private samples = 0;

  walk(bytes: Uint8Array, final: boolean): void {
    if (this.offset === undefined) {
      if (bytes.length < 10 && !final) return;
      this.offset = id3Size(bytes);
    }
    while (this.offset < bytes.length) {
      const offset = this.offset;
      const header = frameHeaderAt(bytes, offset);
      const rest = bytes.length - offset;
      if (!header) {
        // Not enough bytes yet for a header, or the ID3v1 tag that may close the file.
        if (!final && (rest < 4 || (this.first && isId3v1Start(bytes, offset)))) return;
        if (this.first && rest === 128 && isId3v1Start(bytes, offset)) break;
        if (!this.first)
          throw new AudioFormatError('The file is not a valid MP3: no MPEG audio frame where the audio should start');
        throw new AudioFormatError(`The file is not a valid MP3: the audio is damaged at byte ${offset}`);
      }
      this.first ??= header;
      if (header.sampleRate !== this.first.sampleRate)
        throw new AudioFormatError(`The file is not a valid MP3: the sample rate changes at byte ${offset}`);
      if (offset + header.length > bytes.length && !final) return;
      const end = Math.min(offset + header.length, bytes.length);
      this.frameOffsets.push([offset, end]);
      this.samples += header.samples;
      this.offset = end;
    }
    if (final && !this.first)
      throw new AudioFormatError('The file is not a valid MP3: no MPEG audio frame where the audio should start');
  }

  /** What the frames read so far tell; `seconds` is their length. */
  info(): Mp3Info {
    const sampleRate = this.first?.sampleRate ?? 0;
    return {
      sampleRate,
      channels: this.first?.channels ?? 1,
      frames: this.frameOffsets.length,
      seconds: sampleRate ? this.samples / sampleRate : 0,
      frameOffsets: this.frameOffsets,
    };
  }
}

function isId3v1Start(bytes: Uint8Array, offset: number): boolean {
  return bytes[offset] === 0x54 && bytes[offset + 1] === 0x41 && bytes[offset + 2] === 0x47;
}

/** Walks every frame of a whole MP3 (see Mp3FrameWalker). */
export function parseMp3(bytes: Uint8Array): Mp3Info {
  const walker = new Mp3FrameWalker();
  walker.walk(bytes, true);
  return walker.info();
}
