/**
 * Loads records by id in batches: every `load(id)` asked for within one turn of the event loop goes out
 * as one `fetchMany(ids)` (at most `maxBatch` ids each), so a grid naming a record per row sends one request
 * per page, not one per row. An id the answer leaves out is rejected as not found.
 */
export function batchLoader<Item extends { id?: number }>(
  fetchMany: (ids: number[]) => Promise<Item[]>,
  maxBatch = 100,
) {
  let waiting = new Map<number, { resolve: (item: Item) => void; reject: (error: unknown) => void }[]>();

  const send = (ids: number[], callers: typeof waiting) =>
    fetchMany(ids).then(
      (items) => {
        for (const id of ids) {
          const item = items.find((candidate) => candidate.id === id);
          for (const caller of callers.get(id) ?? [])
            if (item) caller.resolve(item);
            else caller.reject(new Error(`No record ${id}`));
        }
      },
      (error: unknown) => {
        for (const id of ids) for (const caller of callers.get(id) ?? []) caller.reject(error);
      },
    );

  const flush = () => {
    const callers = waiting;
    waiting = new Map();
    const ids = [...callers.keys()];
    for (let start = 0; start < ids.length; start += maxBatch) void send(ids.slice(start, start + maxBatch), callers);
  };

  return {
    load(id: number): Promise<Item> {
      return new Promise<Item>((resolve, reject) => {
        if (waiting.size === 0) setTimeout(flush, 0);
        waiting.set(id, [...(waiting.get(id) ?? []), { resolve, reject }]);
      });
    },
  };
}
