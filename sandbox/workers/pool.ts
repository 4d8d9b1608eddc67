import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import { AudioFormatError } from '../audio/errors';
import { SandboxError } from '../http/errors';
import type * as tasks from './tasks';

type Tasks = typeof tasks;
type TaskName = keyof Tasks;
type ValueOf<K extends TaskName> = Awaited<ReturnType<Tasks[K]>> extends tasks.Outcome<infer T> ? T : never;

// A core is left to the event loop, up to 4 threads: each holds its own codecs and up to 150 MB after audio
// work. On 2 cores a second thread made a TTS sound and a WAV upload together hardly sooner than one (they
// share the cores with the event loop) and took the sandbox over 500 MB during four .wav downloads.
const MAX_THREADS = Math.min(4, Math.max(1, availableParallelism() - 1));

let pool: Piscina | undefined;

/**
 * The pool, made on first use; its threads start in `worker.mjs`, which loads `tasks.ts`. A thread
 * that did audio work holds 50–150 MB (its heap grown, freed memory not yet given back), so an idle
 * one ends after a few seconds: starting one again costs about a second. Its young generation is
 * kept small: the tasks' large arrays live outside it, and V8 grows it to 32 MB under allocation.
 */
function workerPool(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: MAX_THREADS,
    idleTimeout: 3_000,
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  return pool;
}

/** The memory of the arrays that own all of theirs; a small Buffer shares Node's pool with others. */
const movableBuffers = (arrays: Uint8Array[]) =>
  arrays
    .filter((array) => array.byteOffset === 0 && array.byteLength === array.buffer.byteLength)
    .map((array) => array.buffer as ArrayBuffer);

/**
 * Runs a task of `tasks.ts` on a worker thread, so the event loop keeps answering other requests.
 * `handOver` names byte arrays of the argument the caller is done with: their memory moves to the
 * worker (they are empty here afterwards) instead of being copied. A client error raised there is
 * raised again here as the same class.
 */
export async function offThread<K extends TaskName>(
  name: K,
  argument: Parameters<Tasks[K]>[0],
  handOver: Uint8Array[] = [],
): Promise<ValueOf<K>> {
  const result = (await workerPool().run(argument, {
    name,
    transferList: movableBuffers(handOver),
  })) as tasks.Outcome<ValueOf<K>>;
  if (result.ok) return result.value;
  if (result.kind === 'audio') throw new AudioFormatError(result.message);
  throw new SandboxError(result.statusCode, result.message, result.developerMessage);
}
