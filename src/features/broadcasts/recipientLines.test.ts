import { describe, expect, it } from 'vitest';
import { parseAttributes, parseRecipientLines, recipientLinesProblem } from './recipientLines';

describe('recipient lines', () => {
  it('reads a number and its attributes per line, skipping blank lines', () => {
    expect(parseRecipientLines('(213) 555-0100, first=Ann, time = 9:30\n\n2135550101').recipients).toEqual([
      { phoneNumber: '12135550100', attributes: { first: 'Ann', time: '9:30' } },
      { phoneNumber: '12135550101' },
    ]);
  });

  it('names the lines it cannot read', () => {
    const parse = parseRecipientLines('555\n2135550100, first\n2135550101, ok=1');
    expect(parse.recipients).toEqual([{ phoneNumber: '12135550101', attributes: { ok: '1' } }]);
    expect(recipientLinesProblem(parse)).toBe(
      'Check line 1: 555: A phone number has 10 digits, or 11 starting with 1; line 2: "first" is not name=value',
    );
  });
});

describe('sample attributes', () => {
  it('reads name=value pairs and leaves out the rest', () => {
    expect(parseAttributes('first=Ann, oops, time = 9:30')).toEqual({ first: 'Ann', time: '9:30' });
  });
});
