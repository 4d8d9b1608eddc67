import { apiErrorFromResponse } from '../api/ApiError';
import { consoleRequestHeaders } from '../api/consoleHeaders';
import { parseMp3, type Mp3Info } from '../../shared/mp3Frames';

/** Audio ready for wavesurfer: the file, and for MP3s the waveform already computed. */
export interface LoadedAudio {
  blob: Blob;
  peaks?: Float32Array[];
  duration?: number;
}

// The waveform keeps 200 points a second (enough for the deepest zoom); an hour is 2.9 MB.
const PEAKS_PER_SECOND = 200;
// Decoding piece by piece at 8 kHz keeps memory flat: one piece's samples exist at a time per
// decoder, instead of the whole recording at the device's sample rate.
const PIECE_SECONDS = 30;
const DECODE_SAMPLE_RATE = 8000;
const PARALLEL_DECODES = 2;

async function fetchAudio(src: string, signal: AbortSignal, onProgress: (percent: number) => void) {
  const response = await fetch(src, { signal, headers: consoleRequestHeaders });
  if (!response.ok) throw await apiErrorFromResponse(response);
  const total = Number(response.headers.get('content-length')) || 0;
  const parts: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    loaded += value.length;
    if (total) onProgress(Math.round((loaded / total) * 100));
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, type: response.headers.get('content-type') ?? '' };
}

/**
 * The waveform of an MP3, decoded in pieces cut at frame boundaries. Each piece's peaks are laid
 * at the piece's nominal time (frames × samples per frame), so decoder padding at the cuts never
 * makes the waveform drift from the audio.
 */
async function mp3Peaks(bytes: Uint8Array, info: Mp3Info, signal: AbortSignal): Promise<Float32Array> {
  const frameSeconds = info.seconds / info.frames;
  // Pieces of equal size near PIECE_SECONDS: a remainder of a frame or two cannot be decoded on its own.
  const pieceCount = Math.max(1, Math.round(info.seconds / PIECE_SECONDS));
  const framesPerPiece = Math.ceil(info.frames / pieceCount);
  const peaks = new Float32Array(Math.ceil(info.seconds * PEAKS_PER_SECOND));
  const context = new OfflineAudioContext(1, 1, DECODE_SAMPLE_RATE);
  const pieces = Array.from({ length: Math.ceil(info.frames / framesPerPiece) }, (_, index) => index * framesPerPiece);

  const decodePiece = async (firstFrame: number) => {
    const lastFrame = Math.min(firstFrame + framesPerPiece, info.frames) - 1;
    const start = info.frameOffsets[firstFrame]![0];
    const end = info.frameOffsets[lastFrame]![1];
    // decodeAudioData takes its buffer away, so each piece gets its own copy.
    const audio = await context.decodeAudioData(bytes.slice(start, end).buffer);
    if (signal.aborted) throw new DOMException('Loading stopped', 'AbortError');
    const from = Math.floor(firstFrame * frameSeconds * PEAKS_PER_SECOND);
    const to = Math.min(peaks.length, Math.floor((lastFrame + 1) * frameSeconds * PEAKS_PER_SECOND));
    const channels = Array.from({ length: audio.numberOfChannels }, (_, channel) => audio.getChannelData(channel));
    const samplesPerPeak = audio.length / Math.max(to - from, 1);
    for (let peak = from; peak < to; peak += 1) {
      const first = Math.floor((peak - from) * samplesPerPeak);
      const last = Math.min(audio.length, Math.floor((peak - from + 1) * samplesPerPeak));
      let max = 0;
      for (const samples of channels) {
        for (let sample = first; sample < last; sample += 1) max = Math.max(max, Math.abs(samples[sample]!));
      }
      peaks[peak] = max;
    }
  };

  let next = 0;
  const worker = async () => {
    while (next < pieces.length) await decodePiece(pieces[next++]!);
  };
  await Promise.all(Array.from({ length: PARALLEL_DECODES }, worker));
  return peaks;
}

/**
 * Fetches the audio (with progress) and, for an MP3, computes its waveform; other formats are
 * left to wavesurfer's own decoding. A file that is not valid audio fails here or in wavesurfer.
 */
export async function loadAudio(
  src: string,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (percent: number) => void },
): Promise<LoadedAudio> {
  const { bytes, type } = await fetchAudio(src, signal, onProgress);
  const blob = new Blob([bytes], { type });
  let info: Mp3Info;
  try {
    info = parseMp3(bytes);
  } catch {
    return { blob };
  }
  return { blob, peaks: [await mp3Peaks(bytes, info, signal)], duration: info.seconds };
}
