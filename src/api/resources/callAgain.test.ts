import { describe, expect, it } from 'vitest';
import { createCallfireClient } from '../client';
import { readCallAgainCandidates } from './callAgain';

interface Row {
  id: number;
  toNumber: string;
  finalCallResult: string;
}

/** A CallFire stand-in serving findCalls filtered by results, paged, and a do-not-contact list. */
function fakeCallfire(calls: Row[], doNotCall: string[]) {
  const requests: URL[] = [];
  const fetchImpl = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push(url);
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    if (url.pathname === '/api/calls') {
      const results = url.searchParams.get('results')!.split(',');
      const matching = calls.filter((call) => results.includes(call.finalCallResult));
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      return json({ items: matching.slice(offset, offset + limit), totalCount: matching.length });
    }
    const asked = url.searchParams.getAll('number');
    return json({ items: asked.filter((number) => doNotCall.includes(number)).map((number) => ({ number })) });
  };
  return { client: createCallfireClient('http://callfire.test/api', fetchImpl as typeof fetch), requests };
}

describe('readCallAgainCandidates', () => {
  it('pages both passes to the end, keeps last results and marks do-not-contact numbers', async () => {
    // 1,500 busy numbers (two pages), one of them answered in a later batch, and one on the list.
    const calls: Row[] = Array.from({ length: 1500 }, (_, index) => ({
      id: index + 1,
      toNumber: `1213555${String(index).padStart(4, '0')}`,
      finalCallResult: 'BUSY',
    }));
    calls.push({ id: 2000, toNumber: '12135550000', finalCallResult: 'LA' });
    const { client, requests } = fakeCallfire(calls, ['12135550001']);
    const progress: { read: number; total: number }[] = [];
    const candidates = await readCallAgainCandidates('voice', 7, {
      client,
      onProgress: (step) => progress.push(step),
    });
    expect(candidates.byResult.get('BUSY')).toHaveLength(1499);
    expect(candidates.byResult.get('BUSY')).not.toContain('12135550000');
    expect([...candidates.blocked]).toEqual(['12135550001']);
    expect(progress.at(-1)).toEqual({ read: 1501, total: 1501 });
    const findCalls = requests.filter((url) => url.pathname === '/api/calls');
    expect(findCalls.every((url) => url.searchParams.get('campaignId') === '7')).toBe(true);
    expect(findCalls.map((url) => url.searchParams.get('offset'))).toEqual(['0', '0', '1000']);
  });
});
