import { describe, expect, it } from 'vitest';
import { preflightOf } from './preflight';

describe('preflightOf', () => {
  it('estimates a minute per remaining recipient, and the retries at worst', () => {
    expect(preflightOf({ retryConfig: { maxAttempts: 3 } }, { remainingOutboundCount: 40, doNotCallCount: 2 })).toEqual(
      { recipients: 40, doNotCall: 2, estimate: 40, worstCase: 120 },
    );
  });
});

describe('preflightOf with numbers put on the do-not-call list after they were added', () => {
  it('counts them as do-not-call and leaves them out of the calls and the cost', () => {
    expect(preflightOf({}, { remainingOutboundCount: 40, doNotCallCount: 2 }, 5)).toEqual({
      recipients: 35,
      doNotCall: 7,
      estimate: 35,
      worstCase: 35,
    });
  });
});
