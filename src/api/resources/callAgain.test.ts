// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { on, requestsTo } from '../../testing/fakeCallfire';
import { readCallAgainCandidates } from './callAgain';

interface Row {
  id: number;
  toNumber: string;
  finalCallResult: string;
}

/** findCalls filtered by results and paged, and a do-not-contact list. */
function serve(calls: Row[], doNotCall: string[]) {
  on('GET', '/calls', (_request, url) => {
    const results = url.searchParams.get('results')!.split(',');
    const matching = calls.filter((call) => results.includes(call.finalCallResult));
    const offset = Number(url.searchParams.get('offset'));
    const limit = Number(url.searchParams.get('limit'));
    return Response.json({ items: matching.slice(offset, offset + limit), totalCount: matching.length });
  });
  on('GET', '/contacts/dncs', (_request, url) => {
    const asked = url.searchParams.getAll('number');
    return Response.json({ items: asked.filter((number) => doNotCall.includes(number)).map((number) => ({ number })) });
  });
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
    serve(calls, ['12135550001']);
    const progress: { read: number; total: number }[] = [];
    const candidates = await readCallAgainCandidates('voice', 7, { onProgress: (step) => progress.push(step) });
    expect(candidates.byResult.get('BUSY')).toHaveLength(1499);
    expect(candidates.byResult.get('BUSY')).not.toContain('12135550000');
    expect([...candidates.blocked]).toEqual(['12135550001']);
    expect(progress.at(-1)).toEqual({ read: 1501, total: 1501 });
    const findCalls = requestsTo('GET', '/calls').map((request) => request.url);
    expect(findCalls.every((url) => url.searchParams.get('campaignId') === '7')).toBe(true);
    expect(findCalls.map((url) => url.searchParams.get('offset'))).toEqual(['0', '0', '1000']);
  });
});
