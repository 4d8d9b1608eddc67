import { AudioFormatError } from './errors';

export interface Pcm {
  /** One array of 16-bit samples per channel. */
  channels: Int16Array[];
  sampleRate: number;
}

export function looksLikeWav(bytes: Uint8Array): boolean {
  const text = (start: number) => String.fromCharCode(...bytes.subarray(start, start + 4));
  return bytes.length >= 12 && text(0) === 'RIFF' && text(8) === 'WAVE';
}

/** Reads a PCM (8, 16, 24 or 32-bit integer, or 32-bit float) WAV file into 16-bit channels. */
export function parseWav(bytes: Uint8Array): Pcm {
  if (!looksLikeWav(bytes)) throw new AudioFormatError('The file is not a WAV file (no RIFF/WAVE header)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: { code: number; channels: number; sampleRate: number; bits: number } | undefined;
  let data: Uint8Array | undefined;
  for (let offset = 12; offset + 8 <= bytes.length;) {
    const id = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ' && size >= 16) {
      if (body + 16 > bytes.length) throw new AudioFormatError('The WAV file is cut off inside its format chunk');
      format = {
        code: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
      // WAVE_FORMAT_EXTENSIBLE keeps the real format code in its sub-format GUID.
      if (format.code === 0xfffe && size >= 26 && body + 26 <= bytes.length)
        format.code = view.getUint16(body + 24, true);
    } else if (id === 'data') {
      data = bytes.subarray(body, Math.min(body + size, bytes.length));
    }
    offset = body + size + (size % 2);
  }
  if (!format) throw new AudioFormatError('The WAV file has no format chunk');
  if (!data || data.length === 0) throw new AudioFormatError('The WAV file holds no audio data');
  const { code, channels, sampleRate, bits } = format;
  const float = code === 3 && bits === 32;
  if (!(code === 1 && [8, 16, 24, 32].includes(bits)) && !float)
    throw new AudioFormatError(`The WAV file's encoding (format ${code}, ${bits}-bit) is not PCM`);
  if (channels < 1 || channels > 2)
    throw new AudioFormatError(`The WAV file has ${channels} channels; use mono or stereo`);
  if (sampleRate < 8000 || sampleRate > 48000)
    throw new AudioFormatError(`The WAV file's sample rate (${sampleRate} Hz) is outside 8000–48000 Hz`);
  const bytesPerSample = bits / 8;
  const frames = Math.floor(data.length / (bytesPerSample * channels));
  const dataView = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const read = (at: number): number => {
    if (float) return Math.max(-1, Math.min(1, dataView.getFloat32(at, true))) * 32767;
    if (bits === 8) return (dataView.getUint8(at) - 128) << 8;
    if (bits === 16) return dataView.getInt16(at, true);
    if (bits === 24) return (dataView.getInt8(at + 2) << 8) | dataView.getUint8(at + 1);
    return dataView.getInt32(at, true) >> 16;
  };
  const out = Array.from({ length: channels }, () => new Int16Array(frames));
  for (let frame = 0; frame < frames; frame += 1) {
    for (let channel = 0; channel < channels; channel += 1) {
      out[channel]![frame] = read((frame * channels + channel) * bytesPerSample);
    }
  }
  return { channels: out, sampleRate };
}

/** The 44-byte header of a 16-bit PCM WAV holding `frames` samples per channel. */
export function wavHeader(channelCount: number, sampleRate: number, frames: number): Buffer {
  const dataSize = frames * channelCount * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataSize, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channelCount, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channelCount * 2, 28);
  header.writeUInt16LE(channelCount * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataSize, 40);
  return header;
}

/** Interleaves float (-1…1) or 16-bit channels into little-endian 16-bit samples, as a WAV's data holds them. */
export function interleave16(channels: Array<Float32Array | Int16Array>): Buffer {
  const frames = channels[0]?.length ?? 0;
  const buffer = Buffer.alloc(frames * channels.length * 2);
  let offset = 0;
  for (let frame = 0; frame < frames; frame += 1) {
    for (const channel of channels) {
      const value = channel[frame]!;
      const sample = channel instanceof Float32Array ? Math.round(Math.max(-1, Math.min(1, value)) * 32767) : value;
      buffer.writeInt16LE(sample, offset);
      offset += 2;
    }
  }
  return buffer;
}

/** Writes 16-bit PCM WAV from float (-1…1) or 16-bit channels. */
export function encodeWav(channels: Array<Float32Array | Int16Array>, sampleRate: number): Buffer {
  return Buffer.concat([wavHeader(channels.length, sampleRate, channels[0]?.length ?? 0), interleave16(channels)]);
}
