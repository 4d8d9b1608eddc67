import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SandboxContext } from '../context';
import type { Db } from '../db/database';
import { offThread } from '../workers/pool';

export interface WavFile {
  path: string;
  size: number;
}

/**
 * WAV forms of MP3 sounds, made once on a worker thread and kept as files named by the audio's
 * hash, so each download streams from disk instead of decoding again. Requests for a file still
 * being made wait for that one conversion.
 */
export class WavCache {
  private readonly making = new Map<string, Promise<WavFile>>();

  constructor(
    private readonly directory: string,
    private readonly removeOnDispose: boolean,
  ) {
    mkdirSync(directory, { recursive: true });
  }

  /** The WAV file of the audio with this hash; `mp3` is read only when the file must be made, and handed to the worker. */
  fileFor(audioHash: string, mp3: () => Uint8Array): Promise<WavFile> {
    const path = join(this.directory, `${audioHash}.wav`);
    const existing = sizeOf(path);
    if (existing !== undefined) return Promise.resolve({ path, size: existing });
    let pending = this.making.get(audioHash);
    if (!pending) {
      const bytes = mp3();
      pending = offThread('wavFile', { mp3: bytes, path }, [bytes])
        .then(() => ({ path, size: sizeOf(path)! }))
        .finally(() => this.making.delete(audioHash));
      this.making.set(audioHash, pending);
    }
    return pending;
  }

  dispose() {
    if (this.removeOnDispose) rmSync(this.directory, { recursive: true, force: true });
  }
}

function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

const caches = new WeakMap<Db, WavCache>();

/** The cache beside the sandbox's database file; an in-memory database gets a temporary folder. */
export function wavCacheFor({ db, config }: SandboxContext): WavCache {
  let cache = caches.get(db);
  if (!cache) {
    const inMemory = config.dbPath === ':memory:';
    cache = inMemory
      ? new WavCache(mkdtempSync(join(tmpdir(), 'callfire-sandbox-wav-')), true)
      : new WavCache(join(dirname(config.dbPath), 'audio-cache'), false);
    caches.set(db, cache);
  }
  return cache;
}

/** Removes an in-memory sandbox's temporary files when it closes. */
export function disposeWavCache({ db }: SandboxContext) {
  caches.get(db)?.dispose();
  caches.delete(db);
}
