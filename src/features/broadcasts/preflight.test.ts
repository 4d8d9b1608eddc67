import { describe, expect, it } from 'vitest';
import { preflightOf } from './preflight';

describe('preflightOf', () => {
  it('estimates a minute per remaining recipient, and the retries at worst', () => {
    expect(
      preflightOf({ retryConfig: { maxAttempts: 3 } }, { remainingOutboundCount: 40, doNotCallCount: 2 }),
    ).toMatchObject({ recipients: 40, blocked: 2, estimate: 40, worstCase: 120 });
  });
});

describe('preflightOf with numbers put on the do-not-call list after they were added', () => {
  it('counts them as do-not-call and leaves them out of the calls and the cost', () => {
    expect(
      preflightOf({}, { remainingOutboundCount: 40, doNotCallCount: 2 }, { count: 5, complete: true }),
    ).toMatchObject({ recipients: 35, blocked: 7, blockedAtLeast: false, estimate: 35, worstCase: 35 });
  });

  it('says "at least" when not every waiting recipient was checked', () => {
    expect(
      preflightOf({}, { remainingOutboundCount: 40, doNotCallCount: 2 }, { count: 5, complete: false }),
    ).toMatchObject({ blocked: 7, blockedAtLeast: true });
  });
});
