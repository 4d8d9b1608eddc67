import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { addInBatches } from './bulkAdd';

const numbers = Array.from({ length: 25 }, (_, index) => `1213555${String(index).padStart(4, '0')}`);

describe('addInBatches', () => {
  it('sends every number once, in batches of the given size, reporting progress', async () => {
    const sent: string[][] = [];
    const progress: number[] = [];
    const result = await addInBatches({
      numbers,
      batchSize: 10,
      send: async (batch) => sent.push(batch),
      onProgress: ({ done, total }) => progress.push(done / total),
    });
    expect(sent.map((batch) => batch.length)).toEqual([10, 10, 5]);
    expect(sent.flat()).toEqual(numbers);
    expect(progress).toEqual([0.4, 0.8, 1]);
    expect(result).toEqual({ added: 25, failures: [], notSent: [] });
  });

  it('records a refused batch with its reason and goes on with the next', async () => {
    const result = await addInBatches({
      numbers,
      batchSize: 10,
      send: async (batch) => {
        if (batch[0] === numbers[10]) throw new ApiError(400, { message: 'body.numbers: bad' }, 'x');
      },
    });
    expect(result.added).toBe(15);
    expect(result.failures).toEqual([{ numbers: numbers.slice(10, 20), message: 'body.numbers: bad' }]);
    expect(result.notSent).toEqual([]);
  });

  it('stops at a network or server failure and returns the numbers it did not send', async () => {
    const result = await addInBatches({
      numbers,
      batchSize: 10,
      send: async (batch) => {
        if (batch[0] === numbers[10]) throw new ApiError(0, undefined, 'unreachable');
      },
    });
    expect(result.added).toBe(10);
    expect(result.failures).toEqual([{ numbers: numbers.slice(10, 20), message: 'unreachable' }]);
    expect(result.notSent).toEqual(numbers.slice(20));
  });

  it('stops when cancelled, keeping what was added', async () => {
    const controller = new AbortController();
    const result = await addInBatches({
      numbers,
      batchSize: 10,
      signal: controller.signal,
      send: async () => controller.abort(),
    });
    expect(result).toEqual({ added: 10, failures: [], notSent: numbers.slice(10) });
  });
});
