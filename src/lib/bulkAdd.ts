import { ApiError, errorMessage } from '../api/ApiError';

export interface BatchFailure {
  numbers: string[];
  message: string;
}

export interface BulkAddResult {
  added: number;
  /** Batches CallFire refused, with its reason. */
  failures: BatchFailure[];
  /** Numbers never sent: the run was cancelled, or stopped when CallFire could not be reached. */
  notSent: string[];
}

export interface BulkAddProgress {
  done: number;
  total: number;
}

/**
 * Sends numbers in batches, one request at a time, reporting progress after each. A batch CallFire
 * refuses (4xx) is recorded and the next one goes on; a network or server failure stops the run,
 * since the batches after it would fail the same way. Cancelling keeps what was already added.
 */
export async function addInBatches({
  numbers,
  batchSize,
  send,
  onProgress,
  signal,
}: {
  numbers: string[];
  batchSize: number;
  send: (batch: string[]) => Promise<unknown>;
  onProgress?: (progress: BulkAddProgress) => void;
  signal?: AbortSignal;
}): Promise<BulkAddResult> {
  const result: BulkAddResult = { added: 0, failures: [], notSent: [] };
  for (let start = 0; start < numbers.length; start += batchSize) {
    const batch = numbers.slice(start, start + batchSize);
    if (signal?.aborted) {
      result.notSent = numbers.slice(start);
      break;
    }
    try {
      await send(batch);
      result.added += batch.length;
    } catch (error) {
      if (!(error instanceof ApiError && error.isClientError)) {
        result.failures.push({ numbers: batch, message: errorMessage(error) });
        result.notSent = numbers.slice(start + batchSize);
        break;
      }
      result.failures.push({ numbers: batch, message: error.message });
    }
    onProgress?.({ done: Math.min(start + batchSize, numbers.length), total: numbers.length });
  }
  return result;
}
