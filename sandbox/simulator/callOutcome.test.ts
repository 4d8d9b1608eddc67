import { describe, expect, it } from 'vitest';
import { callOutcome } from './callOutcome';

const plain = { canTransfer: false };

describe('callOutcome', () => {
  it.each([
    ['12135550100', 'LA'],
    ['12135550154', 'LA'],
    ['12135550155', 'AM'],
    ['12135550175', 'BUSY'],
    ['12135550185', 'NO_ANS'],
    ['12135550195', 'CARRIER_ERROR'],
    ['12135550197', 'INTERNAL_ERROR'],
    ['12135550198', 'LA'],
  ])('decides %s → %s from the last two digits', (number, result) => {
    expect(callOutcome(number, 1, plain).result).toBe(result);
  });

  it('transfers the 98–99 numbers when the broadcast can transfer', () => {
    expect(callOutcome('12135550199', 1, { canTransfer: true }).result).toBe('XFER');
  });

  it('answers a repeated BUSY or NO_ANS attempt when the last digit is even', () => {
    expect(callOutcome('12135550176', 2, plain).result).toBe('LA');
    expect(callOutcome('12135550177', 2, plain).result).toBe('BUSY');
    expect(callOutcome('12135550186', 1, plain).result).toBe('NO_ANS');
  });

  it('applies the answering machine setting', () => {
    expect(callOutcome('12135550160', 1, { canTransfer: false, answeringMachineConfig: 'LIVE_IMMEDIATE' }).result).toBe(
      'LA',
    );
    expect(
      callOutcome('12135550160', 1, { canTransfer: false, answeringMachineConfig: 'LIVE_WITH_AMD' }).talkSeconds,
    ).toBe(3);
    expect(callOutcome('12135550110', 1, { canTransfer: false, answeringMachineConfig: 'AM_ONLY' }).talkSeconds).toBe(
      3,
    );
  });

  it('is the same every time for the same number', () => {
    expect(callOutcome('13105550142', 1, plain)).toEqual(callOutcome('13105550142', 1, plain));
    expect(callOutcome('13105550142', 1, plain).talkSeconds).toBe(20 + (42 % 40));
  });
});
