import { describe, expect, it } from 'vitest';
import { deliveryOf, fillPlaceholders, placeholderNames, segmentCount } from './textMessage';

describe('placeholders', () => {
  it('fills ${name} from the attributes and names the ones without a value', () => {
    expect(
      fillPlaceholders('Hi ${first}, ${ first } owes ${amount}${currency}', { first: 'Ann', amount: '12' }),
    ).toEqual({ text: 'Hi Ann, Ann owes 12', missing: ['currency'] });
  });

  it('leaves text that only looks like a placeholder alone', () => {
    expect(fillPlaceholders('Costs $5 {each} ${}', {}).text).toBe('Costs $5 {each} ${}');
  });

  it('lists each attribute once, in order of use', () => {
    expect(placeholderNames('${b} ${a} ${b}')).toEqual(['b', 'a']);
  });
});

describe('message parts', () => {
  it('counts 160 characters per part, at least one', () => {
    expect(segmentCount('')).toBe(1);
    expect(segmentCount('x'.repeat(160))).toBe(1);
    expect(segmentCount('x'.repeat(161))).toBe(2);
    expect(segmentCount('x'.repeat(481))).toBe(4);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(segmentCount('😀'.repeat(160))).toBe(1);
  });

  it('sends a long message per strategy', () => {
    const long = 'a'.repeat(160) + 'b'.repeat(40);
    expect(deliveryOf(long, 'SEND_MULTIPLE')).toEqual({ kind: 'sms', parts: ['a'.repeat(160), 'b'.repeat(40)] });
    expect(deliveryOf(long)).toEqual(deliveryOf(long, 'SEND_MULTIPLE'));
    expect(deliveryOf(long, 'TRIM')).toEqual({ kind: 'sms', parts: ['a'.repeat(160)] });
    expect(deliveryOf(long, 'DO_NOT_SEND')).toEqual({ kind: 'tooBig' });
    expect(deliveryOf(long, 'MMS')).toEqual({ kind: 'mms', parts: [long] });
  });

  it('sends a short message as one part whatever the strategy', () => {
    expect(deliveryOf('hello', 'DO_NOT_SEND')).toEqual({ kind: 'sms', parts: ['hello'] });
  });
});
