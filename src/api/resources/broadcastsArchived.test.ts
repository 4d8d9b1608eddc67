// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { errorAnswer, on, requestsTo } from '../../testing/fakeCallfire';
import { findArchivedBroadcasts } from './broadcastsArchived';

describe('findArchivedBroadcasts', () => {
  it("reads the broadcasts the account's calls name and keeps the archived ones, newest first", async () => {
    // Calls of broadcasts 5 (archived), 6 (finished), 7 (archived) and 9 (gone), and sent one by one (0).
    on('GET', '/calls', {
      items: [5, 0, 6, 5, 7, 9].map((campaignId) => ({ campaignId })),
      totalCount: 6,
    });
    const statuses: Record<string, string> = { '5': 'ARCHIVED', '6': 'FINISHED', '7': 'ARCHIVED' };
    for (const [id, status] of Object.entries(statuses))
      on('GET', `/calls/broadcasts/${id}`, { id: Number(id), name: `Broadcast ${id}`, status });
    on('GET', '/calls/broadcasts/9', () => errorAnswer(404, 'No broadcast 9'));

    const found = await findArchivedBroadcasts('voice', new AbortController().signal);
    expect(found.items.map((broadcast) => broadcast.id)).toEqual([7, 5]);
    expect(found.complete).toBe(true);
    const [calls] = requestsTo('GET', '/calls').map((request) => request.url);
    expect(calls.searchParams.get('fields')).toBe('items(campaignId),totalCount');
    expect(requestsTo('GET', '/calls/broadcasts/5')).toHaveLength(1);
  });

  it('fails when a broadcast cannot be read for another reason than being gone', async () => {
    on('GET', '/texts', { items: [{ campaignId: 3 }], totalCount: 1 });
    on('GET', '/texts/broadcasts/3', () => errorAnswer(500, 'Down'));
    await expect(findArchivedBroadcasts('text', new AbortController().signal)).rejects.toThrow('Down');
  });
});
