/**
 * The CPU-heavy work the sandbox hands to worker threads, one export per task. Each takes one
 * argument and answers an `Outcome`: errors that are the client's fault (bad audio, a bad CSV)
 * come back as data, since an error's class does not survive the trip between threads.
 */
import { audioHashOf } from '../audio/audioHash';
import { prepareUploadedAudio, writeMp3AsWavFile } from '../audio/convert';
import { AudioFormatError } from '../audio/errors';
import { synthesizeSpeech, type Voice } from '../audio/speech';
import { planCsvImport } from '../areas/contacts/csvImport';
import { SandboxError } from '../http/errors';
import { asBuffer } from './asBuffer';

export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'audio'; message: string }
  | { ok: false; kind: 'request'; statusCode: number; message: string; developerMessage?: string };

async function outcome<T>(work: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AudioFormatError) return { ok: false, kind: 'audio', message: error.message };
    if (error instanceof SandboxError) {
      const { statusCode, message, developerMessage } = error;
      return { ok: false, kind: 'request', statusCode, message, developerMessage };
    }
    throw error;
  }
}

/** Audio with its `audioHashOf`, computed here rather than on the event loop. */
const withHash = <T extends { mp3: Uint8Array; wav?: Uint8Array }>(audio: T) => ({
  ...audio,
  hash: audioHashOf(audio),
});

export const speech = ({ text, voice }: { text: string; voice: Voice }) =>
  outcome(() => withHash(synthesizeSpeech(text, voice)));

export const uploadedAudio = ({ bytes }: { bytes: Uint8Array }) =>
  outcome(async () => withHash(await prepareUploadedAudio(asBuffer(bytes))));

export const wavFile = ({ mp3, path }: { mp3: Uint8Array; path: string }) =>
  outcome(() => writeMp3AsWavFile(mp3, path));

export const csvImportPlan = ({ file, useCustomFields }: { file: Uint8Array; useCustomFields: boolean }) =>
  outcome(() => planCsvImport(asBuffer(file), useCustomFields));
