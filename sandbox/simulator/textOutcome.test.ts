import { describe, expect, it } from 'vitest';
import { REPLIES, REPLYING_BELOW, textOutcome } from './textOutcome';

describe('what happens to a simulated text', () => {
  it('fails on 95 and 96 (carrier) and 97 (internal), whatever the rest of the number', () => {
    expect(textOutcome('12135550195')).toEqual({ result: 'CARRIER_ERROR' });
    expect(textOutcome('13105550196')).toEqual({ result: 'CARRIER_ERROR' });
    expect(textOutcome('12135550197')).toEqual({ result: 'INTERNAL_ERROR' });
  });

  it('delivers the rest; 00 to 29 reply with the reply their digits pick', () => {
    expect(textOutcome('12136061002')).toEqual({ result: 'SENT', reply: 'INFO please' });
    expect(textOutcome('12136061004')).toEqual({ result: 'SENT', reply: 'STOP' });
    expect(textOutcome('12136061000')).toEqual({ result: 'SENT', reply: REPLIES[0] });
    expect(textOutcome(`1213606${1000 + REPLYING_BELOW - 1}`).reply).toBe(REPLIES[(REPLYING_BELOW - 1) % 6]);
    expect(textOutcome(`1213606${1000 + REPLYING_BELOW}`)).toEqual({ result: 'SENT', reply: undefined });
    expect(textOutcome('12136061098')).toEqual({ result: 'SENT', reply: undefined });
  });

  it('is the same every time for the same number', () => {
    const numbers = Array.from({ length: 100 }, (_, index) => `1213555${String(index).padStart(4, '0')}`);
    expect(numbers.map(textOutcome)).toEqual(numbers.map(textOutcome));
  });
});
