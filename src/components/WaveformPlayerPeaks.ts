import { Mp3FrameWalker } from '../../shared/mp3Frames';

// The waveform keeps 200 points a second (enough for the deepest zoom); an hour is 2.9 MB.
const PEAKS_PER_SECOND = 200;
// Pieces of a few seconds to half a minute: a short file still splits in several, decoded side by
// side while it downloads; a long one keeps memory flat, a few pieces' samples at a time.
const PIECES_WANTED = 8;
const MIN_PIECE_SECONDS = 5;
const MAX_PIECE_SECONDS = 30;
// A piece leaves once a second more is in: the last piece, whatever is left, is never a frame or two
// (which could not be decoded on its own).
const LAST_PIECE_MIN_SECONDS = 1;
// At most a minute of audio is being decoded at once: all of a short file's pieces (the browser's
// decoding threads then take the next one without waiting for the page's busy main thread to hand it
// over), two of a long file's (memory stays flat).
const SECONDS_DECODING_AT_ONCE = 60;

/** Runs jobs in the order given, at most `limit` at once. */
function limiter(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running < limit) running += 1;
    // A job that ends hands its place to the next one waiting.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await job();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

/** The largest absolute sample of each stretch of `samplesPerPeak` samples, across the channels. */
function peaksOf(audio: AudioBuffer, count: number): Float32Array {
  const peaks = new Float32Array(count);
  const samplesPerPeak = audio.length / Math.max(count, 1);
  for (let channel = 0; channel < audio.numberOfChannels; channel += 1) {
    const samples = audio.getChannelData(channel);
    for (let peak = 0; peak < count; peak += 1) {
      const last = Math.min(audio.length, Math.floor((peak + 1) * samplesPerPeak));
      let max = peaks[peak]!;
      for (let sample = Math.floor(peak * samplesPerPeak); sample < last; sample += 1) {
        const value = samples[sample]!;
        if (value > max) max = value;
        else if (-value > max) max = -value;
      }
      peaks[peak] = max;
    }
  }
  return peaks;
}

/**
 * The waveform of an MP3 computed while it downloads: `add` takes the bytes received so far, and each
 * piece (cut at frame boundaries) is decoded as soon as it is in, at the file's own sample rate (no
 * resampling). Each piece's peaks are laid at the piece's nominal time (frames × samples per frame),
 * so decoder padding at the cuts never makes the waveform drift from the audio. `add` throws
 * (AudioFormatError) on bytes that are not an MP3.
 */
export class Mp3Waveform {
  private readonly walker = new Mp3FrameWalker();
  private decode!: ReturnType<typeof limiter>;
  private readonly pieces: Array<Promise<{ from: number; peaks: Float32Array }>> = [];
  private context: OfflineAudioContext | undefined;
  private framesPerPiece = 0;
  private lastPieceMinFrames = 0;
  private queuedFrames = 0;

  /** `expectedBytes`: the file's size when known (0 if not), to choose the pieces' length. */
  constructor(
    private readonly expectedBytes: number,
    private readonly signal: AbortSignal,
  ) {}

  add(bytes: Uint8Array, final: boolean): void {
    this.walker.walk(bytes, final);
    const { frames, seconds, sampleRate } = this.walker.info();
    if (frames === 0) return;
    if (!this.framesPerPiece) {
      const expectedSeconds = this.expectedBytes ? (seconds * this.expectedBytes) / bytes.length : Infinity;
      const pieceSeconds = Math.min(Math.max(expectedSeconds / PIECES_WANTED, MIN_PIECE_SECONDS), MAX_PIECE_SECONDS);
      this.framesPerPiece = Math.max(1, Math.round((pieceSeconds * frames) / seconds));
      this.decode = limiter(Math.max(1, Math.floor(SECONDS_DECODING_AT_ONCE / pieceSeconds)));
      this.lastPieceMinFrames = Math.ceil((LAST_PIECE_MIN_SECONDS * frames) / seconds);
      this.context = new OfflineAudioContext(1, 1, sampleRate);
    }
    while (frames - this.queuedFrames >= this.framesPerPiece + this.lastPieceMinFrames)
      this.queue(bytes, this.framesPerPiece);
    if (final && frames > this.queuedFrames) this.queue(bytes, frames - this.queuedFrames);
  }

  /** The waveform and its length in seconds, once every piece is decoded (after the final `add`). */
  async result(): Promise<{ peaks: Float32Array; duration: number }> {
    const { seconds } = this.walker.info();
    const peaks = new Float32Array(Math.ceil(seconds * PEAKS_PER_SECOND));
    for (const piece of await Promise.all(this.pieces))
      peaks.set(piece.peaks.subarray(0, peaks.length - piece.from), piece.from);
    return { peaks, duration: seconds };
  }

  private queue(bytes: Uint8Array, frames: number) {
    const { frameOffsets, seconds, frames: walked } = this.walker.info();
    const first = this.queuedFrames;
    this.queuedFrames += frames;
    const frameSeconds = seconds / walked;
    const from = Math.floor(first * frameSeconds * PEAKS_PER_SECOND);
    const to = Math.floor((first + frames) * frameSeconds * PEAKS_PER_SECOND);
    // decodeAudioData takes its buffer away, so each piece gets its own copy (taken now: `bytes` may be replaced).
    const piece = bytes.slice(frameOffsets[first]![0], frameOffsets[first + frames - 1]![1]);
    const decoded = this.decode(async () => {
      // A player closed while pieces wait for a decoder leaves them undecoded.
      this.signal.throwIfAborted();
      const audio = await this.context!.decodeAudioData(piece.buffer);
      this.signal.throwIfAborted();
      return { from, peaks: peaksOf(audio, to - from) };
    });
    // Awaited in result(); a waveform given up on (the file turned out not to be an MP3) is never awaited.
    decoded.catch(() => undefined);
    this.pieces.push(decoded);
  }
}
