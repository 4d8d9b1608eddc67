import { describe, expect, it } from 'vitest';
import { creditsPerText, textPreflightOf } from './textStats';

describe('text broadcast estimates', () => {
  it('counts credits per text from the message parts and strategy', () => {
    const long = 'x'.repeat(200);
    expect(creditsPerText({ message: 'Hi ${first}' })).toBe(1);
    expect(creditsPerText({ message: long })).toBe(2);
    expect(creditsPerText({ message: long, bigMessageStrategy: 'TRIM' })).toBe(1);
    expect(creditsPerText({ message: long, bigMessageStrategy: 'DO_NOT_SEND' })).toBe(0);
    expect(creditsPerText({ message: 'short', media: [{ id: 1 }] })).toBe(3);
  });

  it('summarises recipients, do-not-text numbers and the estimate before a start', () => {
    expect(
      textPreflightOf({ message: 'x'.repeat(170) }, { remainingOutboundCount: 10, doNotTextCount: 2 }),
    ).toMatchObject({ recipients: 10, blocked: 2, estimate: 20 });
  });
});
