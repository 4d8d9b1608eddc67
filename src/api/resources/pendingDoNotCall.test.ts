import { describe, expect, it } from 'vitest';
import { createCallfireClient } from '../client';
import { countPendingDoNotCall } from './pendingDoNotCall';

/** A CallFire stand-in: three waiting calls (one number twice), and a do-not-call list. */
function fakeCallfire(waiting: string[], doNotCall: string[]) {
  const requests: URL[] = [];
  const fetchImpl = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push(url);
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    if (url.pathname === '/api/calls')
      return json({ items: waiting.map((toNumber) => ({ toNumber })), totalCount: waiting.length });
    const asked = url.searchParams.getAll('number');
    return json({ items: asked.filter((number) => doNotCall.includes(number)).map((number) => ({ number })) });
  };
  return { client: createCallfireClient('http://callfire.test/api', fetchImpl as typeof fetch), requests };
}

describe('countPendingDoNotCall', () => {
  it('counts each waiting call whose number is on the do-not-call list now', async () => {
    const { client, requests } = fakeCallfire(['12135550100', '12135550101', '12135550100'], ['12135550100']);
    expect(await countPendingDoNotCall(7, { client })).toEqual({ count: 2, complete: true });
    expect(requests[0].searchParams.get('campaignId')).toBe('7');
    expect(requests[0].searchParams.get('states')).toBe('READY');
    expect(requests[1].searchParams.getAll('number')).toEqual(['12135550100', '12135550101']);
    expect(requests[1].searchParams.get('call')).toBe('true');
  });

  it('asks nothing of the list when no one is waiting', async () => {
    const { client, requests } = fakeCallfire([], ['12135550100']);
    expect(await countPendingDoNotCall(7, { client })).toEqual({ count: 0, complete: true });
    expect(requests).toHaveLength(1);
  });
});
