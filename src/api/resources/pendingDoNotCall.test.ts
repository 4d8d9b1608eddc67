// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { on, requests } from '../../testing/fakeCallfire';
import { countPendingDoNotCall } from './pendingDoNotCall';

/** Waiting calls (one number may wait twice) and the numbers on the do-not-call list. */
function serve(waiting: string[], doNotCall: string[]) {
  on('GET', '/calls', { items: waiting.map((toNumber) => ({ toNumber })), totalCount: waiting.length });
  on('GET', '/contacts/dncs', (_request, url) => {
    const asked = url.searchParams.getAll('number');
    return Response.json({ items: asked.filter((number) => doNotCall.includes(number)).map((number) => ({ number })) });
  });
}

describe('countPendingDoNotCall', () => {
  it('counts each waiting call whose number is on the do-not-call list now', async () => {
    serve(['12135550100', '12135550101', '12135550100'], ['12135550100']);
    expect(await countPendingDoNotCall(7)).toEqual({ count: 2, complete: true });
    const [calls, dnc] = requests.map((request) => request.url);
    expect(calls.searchParams.get('campaignId')).toBe('7');
    expect(calls.searchParams.get('states')).toBe('READY');
    expect(dnc.searchParams.getAll('number')).toEqual(['12135550100', '12135550101']);
    expect(dnc.searchParams.get('call')).toBe('true');
  });

  it('asks nothing of the list when no one is waiting', async () => {
    serve([], ['12135550100']);
    expect(await countPendingDoNotCall(7)).toEqual({ count: 0, complete: true });
    expect(requests).toHaveLength(1);
  });
});
