import { describe, expect, it } from 'vitest';
import { preflightOf } from './preflight';

describe('preflightOf', () => {
  it('estimates a minute per remaining recipient, and the retries at worst', () => {
    expect(
      preflightOf({ retryConfig: { maxAttempts: 3 } }, { remainingOutboundCount: 40, doNotCallCount: 2 }),
    ).toMatchObject({ recipients: 40, blocked: 2, estimate: 40, worstCase: 120 });
  });
});
