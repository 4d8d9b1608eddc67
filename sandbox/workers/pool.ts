import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import { AudioFormatError } from '../audio/errors';
import { SandboxError } from '../http/errors';
import type * as tasks from './tasks';

type Tasks = typeof tasks;
type TaskName = keyof Tasks;
type ValueOf<K extends TaskName> = Awaited<ReturnType<Tasks[K]>> extends tasks.Outcome<infer T> ? T : never;

// A few threads at most: the sandbox shares its machine, and each thread holds its own copy of the codecs.
const MAX_THREADS = Math.min(4, Math.max(2, availableParallelism() - 1));

let pool: Piscina | undefined;

/** The pool, made on first use; its threads start in `worker.mjs`, which loads `tasks.ts`. */
function workerPool(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: MAX_THREADS,
    idleTimeout: 15_000,
  });
  return pool;
}

/**
 * Runs a task of `tasks.ts` on a worker thread, so the event loop keeps answering other requests.
 * A client error raised there is raised again here as the same class.
 */
export async function offThread<K extends TaskName>(name: K, argument: Parameters<Tasks[K]>[0]): Promise<ValueOf<K>> {
  const result = (await workerPool().run(argument, { name })) as tasks.Outcome<ValueOf<K>>;
  if (result.ok) return result.value;
  if (result.kind === 'audio') throw new AudioFormatError(result.message);
  throw new SandboxError(result.statusCode, result.message, result.developerMessage);
}
