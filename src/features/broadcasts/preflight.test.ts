import { describe, expect, it } from 'vitest';
import { preflightOf } from './preflight';

describe('preflightOf', () => {
  it('estimates a minute per remaining recipient, and the retries at worst', () => {
    expect(preflightOf({ retryConfig: { maxAttempts: 3 } }, { remainingOutboundCount: 40, doNotCallCount: 2 })).toEqual(
      { recipients: 40, doNotCall: 2, estimate: 40, worstCase: 120 },
    );
  });
});
