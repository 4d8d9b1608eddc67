import { describe, expect, it, vi } from 'vitest';
import { batchLoader } from './batchLoader';

describe('batchLoader', () => {
  it('asks for the ids of one turn in one request and answers each caller', async () => {
    const fetchMany = vi.fn((ids: number[]) => Promise.resolve(ids.filter((id) => id !== 3).map((id) => ({ id }))));
    const loader = batchLoader(fetchMany);
    const answers = [1, 2, 2, 3].map((id) => loader.load(id));
    await expect(answers[0]).resolves.toEqual({ id: 1 });
    await expect(answers[2]).resolves.toEqual({ id: 2 });
    await expect(answers[3]).rejects.toThrow('No record 3');
    expect(fetchMany).toHaveBeenCalledTimes(1);
    expect(fetchMany).toHaveBeenCalledWith([1, 2, 3]);
  });

  it('splits a large turn into batches of the largest size', async () => {
    const fetchMany = vi.fn((ids: number[]) => Promise.resolve(ids.map((id) => ({ id }))));
    const loader = batchLoader(fetchMany, 2);
    await Promise.all([1, 2, 3].map((id) => loader.load(id)));
    expect(fetchMany.mock.calls).toEqual([[[1, 2]], [[3]]]);
  });

  it('rejects every caller of a failed request', async () => {
    const loader = batchLoader(() => Promise.reject(new Error('down')));
    await expect(loader.load(1)).rejects.toThrow('down');
  });
});
