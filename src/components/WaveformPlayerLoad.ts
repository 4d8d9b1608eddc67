import { apiErrorFromResponse } from '../api/ApiError';
import { consoleRequestHeaders } from '../api/consoleHeaders';
import { Mp3Waveform } from './WaveformPlayerPeaks';

/** Audio ready for wavesurfer: the file, and for MP3s the waveform already computed. */
export interface LoadedAudio {
  blob: Blob;
  peaks?: Float32Array[];
  duration?: number;
}

/** Reads a response body into one buffer, reporting the percent read and the bytes so far. */
async function readBody(
  response: Response,
  total: number,
  onProgress: (percent: number) => void,
  onBytes: (bytes: Uint8Array) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  let bytes = new Uint8Array(total || 1 << 16);
  let loaded = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes.subarray(0, loaded);
    if (loaded + value.length > bytes.length) {
      // No size given (or a compressed body larger than it): the buffer grows.
      const grown = new Uint8Array(Math.max(bytes.length * 2, loaded + value.length));
      grown.set(bytes.subarray(0, loaded));
      bytes = grown;
    }
    bytes.set(value, loaded);
    loaded += value.length;
    if (total) onProgress(Math.min(100, Math.round((loaded / total) * 100)));
    onBytes(bytes.subarray(0, loaded));
  }
}

/**
 * Fetches the audio (with progress) and, for an MP3, computes its waveform while it downloads; other
 * formats are left to wavesurfer's own decoding. A file that is not valid audio fails here or in wavesurfer.
 */
export async function loadAudio(
  src: string,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (percent: number) => void },
): Promise<LoadedAudio> {
  const response = await fetch(src, { signal, headers: consoleRequestHeaders });
  if (!response.ok) throw await apiErrorFromResponse(response);
  const total = Number(response.headers.get('content-length')) || 0;
  let waveform: Mp3Waveform | undefined = new Mp3Waveform(total, signal);
  const feed = (bytes: Uint8Array, final: boolean) => {
    try {
      waveform?.add(bytes, final);
    } catch {
      // Not an MP3 (or a damaged one): wavesurfer decodes it, or says it cannot.
      waveform = undefined;
    }
  };
  const bytes = await readBody(response, total, onProgress, (received) => feed(received, false));
  feed(bytes, true);
  const blob = new Blob([bytes], { type: response.headers.get('content-type') ?? '' });
  if (!waveform) return { blob };
  const { peaks, duration } = await waveform.result();
  return { blob, peaks: [peaks], duration };
}
